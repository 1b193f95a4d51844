{-# LANGUAGE OverloadedStrings #-}
-- | Low-level http-client wrapper for the Cloudflare v4 API.
module Cloudflare.Client
  ( newCfManager
  , getJSON
  , putJSON
  ) where

import           Data.Aeson              (FromJSON, ToJSON, eitherDecode, encode)
import qualified Data.ByteString.Char8   as BS
import           Network.Connection      (TLSSettings (..))
import           Network.HTTP.Client
import           Network.HTTP.Client.TLS (mkManagerSettings)
import           System.Environment      (getEnv)

apiBase :: String
apiBase = "https://api.cloudflare.com/client/v4"

-- | Router firmware ships an ancient CA bundle, so certificate checks are skipped.
newCfManager :: IO Manager
newCfManager = newManager (mkManagerSettings (TLSSettingsSimple True False False) Nothing)

authHeaders :: IO RequestHeaders
authHeaders = do
  tok <- getEnv "CLOUDFLARE_API_TOKEN"
  pure [ ("Authorization", "Bearer " <> BS.pack tok)
       , ("Content-Type", "application/json") ]

getJSON :: FromJSON a => Manager -> String -> IO (Either String a)
getJSON mgr path = do
  req0 <- parseRequest (apiBase <> path)
  hs   <- authHeaders
  resp <- httpLbs req0 { requestHeaders = hs } mgr
  pure (eitherDecode (responseBody resp))

putJSON :: (ToJSON b, FromJSON a) => Manager -> String -> b -> IO (Either String a)
putJSON mgr path body = do
  req0 <- parseRequest ("PUT " <> apiBase <> path)
  hs   <- authHeaders
  let req = req0 { requestHeaders = hs, requestBody = RequestBodyLBS (encode body) }
  resp <- httpLbs req mgr
  pure (eitherDecode (responseBody resp))
