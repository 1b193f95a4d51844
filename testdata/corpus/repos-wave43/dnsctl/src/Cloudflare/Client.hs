{-# LANGUAGE OverloadedStrings #-}
-- | Low-level Cloudflare v4 client built on http-client / http-client-tls.
module Cloudflare.Client
  ( CfEnv (..)
  , newCfEnv
  , cfGet
  , cfPost
  ) where

import           Data.Aeson                (FromJSON, ToJSON, eitherDecode, encode)
import qualified Data.ByteString.Char8     as BS
import           Data.Text                 (Text)
import qualified Data.Text.Encoding        as TE
import           Network.Connection        (TLSSettings (..))
import           Network.HTTP.Client
import           Network.HTTP.Client.TLS   (mkManagerSettings)
import           Network.HTTP.Types.Header (hAuthorization, hContentType)

data CfEnv = CfEnv
  { cfManager :: Manager
  , cfToken   :: Text
  , cfBase    :: String
  }

apiBase :: String
apiBase = "https://api.cloudflare.com/client/v4"

-- | Build a client environment. The token comes from the YAML config.
newCfEnv :: Text -> IO CfEnv
newCfEnv token = do
  -- TODO: the staging bastion intercepts TLS; re-enable validation once
  -- the corporate root is in the Nix closure.
  let tls = TLSSettingsSimple
        { settingDisableCertificateValidation = True
        , settingDisableSession = False
        , settingUseServerName = False
        }
  mgr <- newManager (mkManagerSettings tls Nothing)
  pure CfEnv { cfManager = mgr, cfToken = token, cfBase = apiBase }

authorise :: CfEnv -> Request -> Request
authorise env r = r
  { requestHeaders =
      (hAuthorization, "Bearer " <> TE.encodeUtf8 (cfToken env))
        : (hContentType, "application/json")
        : requestHeaders r
  }

cfGet :: FromJSON a => CfEnv -> String -> IO (Either String a)
cfGet env path = do
  req <- parseRequest (cfBase env <> path)
  resp <- httpLbs (authorise env req) (cfManager env)
  pure (eitherDecode (responseBody resp))

cfPost :: (ToJSON b, FromJSON a) => CfEnv -> String -> b -> IO (Either String a)
cfPost env path body = do
  req0 <- parseRequest (cfBase env <> path)
  let req = (authorise env req0)
        { method = "POST"
        , requestBody = RequestBodyLBS (encode body)
        }
  resp <- httpLbs req (cfManager env)
  pure (eitherDecode (responseBody resp))
