{-# LANGUAGE DataKinds         #-}
{-# LANGUAGE DeriveGeneric     #-}
{-# LANGUAGE OverloadedStrings #-}
-- | Origin CA certificate issuance. The /certificates endpoint is called
-- with the Origin CA key (user service key) from dnsctl.yaml.
module Cloudflare.OriginCerts
  ( OriginCertRequest (..)
  , createOriginCert
  , revokeOriginCert
  ) where

import           Data.Aeson
import           Data.Text          (Text)
import qualified Data.Text.Encoding as TE
import           GHC.Generics       (Generic)
import           Network.HTTP.Req

data OriginCertRequest = OriginCertRequest
  { hostnames          :: [Text]
  , requested_validity :: Int
  , request_type       :: Text
  , csr                :: Text
  } deriving (Show, Generic)

instance ToJSON OriginCertRequest

certificates :: Url 'Https
certificates = https "api.cloudflare.com" /: "client" /: "v4" /: "certificates"

serviceKeyAuth :: Text -> Option 'Https
serviceKeyAuth serviceKey =
     header "X-Auth-User-Service-Key" (TE.encodeUtf8 serviceKey)
  <> header "User-Agent" "dnsctl/0.4"

createOriginCert :: Text -> OriginCertRequest -> IO Value
createOriginCert serviceKey body = runReq defaultHttpConfig $ do
  r <- req POST certificates (ReqBodyJson body) jsonResponse (serviceKeyAuth serviceKey)
  pure (responseBody r)

revokeOriginCert :: Text -> Text -> IO Value
revokeOriginCert serviceKey certId = runReq defaultHttpConfig $ do
  r <- req DELETE (certificates /: certId) NoReqBody jsonResponse (serviceKeyAuth serviceKey)
  pure (responseBody r)
