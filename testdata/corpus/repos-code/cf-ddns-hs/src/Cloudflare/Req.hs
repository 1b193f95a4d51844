{-# LANGUAGE DataKinds         #-}
{-# LANGUAGE OverloadedStrings #-}
-- | Same calls as "Cloudflare.Client" but through the @req@ library,
-- kept for accounts that have not moved to API tokens yet.
module Cloudflare.Req
  ( LegacyAuth (..)
  , updateRecord
  ) where

import           Data.Aeson         (Value, object, (.=))
import           Data.Text          (Text)
import           Data.Text.Encoding (encodeUtf8)
import           Network.HTTP.Req

data LegacyAuth = LegacyAuth
  { laEmail :: Text
  , laKey   :: Text
  }

cfV4 :: Url 'Https
cfV4 = https "api.cloudflare.com" /: "client" /: "v4"

updateRecord :: LegacyAuth -> Text -> Text -> Text -> Text -> IO Value
updateRecord auth zone recId name ip = runReq defaultHttpConfig $ do
  let body = object [ "type" .= ("A" :: Text), "name" .= name, "content" .= ip, "ttl" .= (120 :: Int) ]
      opts = header "X-Auth-Email" (encodeUtf8 (laEmail auth))
          <> header "X-Auth-Key" (encodeUtf8 (laKey auth))
  r <- req PUT (cfV4 /: "zones" /: zone /: "dns_records" /: recId) (ReqBodyJson body) jsonResponse opts
  pure (responseBody r)
