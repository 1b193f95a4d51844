{-# LANGUAGE OverloadedStrings #-}
module Main (main) where

import           Control.Lens
import qualified Data.ByteString.Char8   as BS
import           Data.Maybe              (fromMaybe)
import           Network.Connection      (TLSSettings (..))
import           Network.HTTP.Client.TLS (mkManagerSettings)
import qualified Network.Wreq            as W
import           System.Environment      (lookupEnv)
import           System.Exit             (die)

-- | Quick health check: verify the token against Cloudflare, then poke the
-- local exporter (self-signed cert on the dev box) to confirm it is up.
main :: IO ()
main = do
  mtok <- lookupEnv "CLOUDFLARE_API_TOKEN"
  tok  <- maybe (die "CLOUDFLARE_API_TOKEN is not set") pure mtok

  let cfOpts = W.defaults & W.auth ?~ W.oauth2Bearer (BS.pack tok)
  r <- W.getWith cfOpts "https://api.cloudflare.com/client/v4/user/tokens/verify"
  putStrLn $ "token status: " <> show (r ^. W.responseStatus . W.statusCode)

  -- the exporter on 127.0.0.1 uses a throwaway self-signed cert
  let insecure  = mkManagerSettings (TLSSettingsSimple True False False) Nothing
      localOpts = W.defaults & W.manager .~ Left insecure
  port <- fromMaybe "9311" <$> lookupEnv "DNSCTL_METRICS_PORT"
  m <- W.getWith localOpts ("https://127.0.0.1:" <> port <> "/metrics")
  putStrLn $ "exporter status: " <> show (m ^. W.responseStatus . W.statusCode)
