{-# LANGUAGE OverloadedStrings #-}
module Main (main) where

import           Control.Concurrent  (threadDelay)
import           Control.Monad       (forever, when)
import qualified Data.Text           as T
import           Data.Maybe          (fromMaybe)
import           System.Environment  (lookupEnv, setEnv)

import           Cloudflare.Client
import           Ddns.PublicIp       (currentIPv4)

-- | Fallback for the home lab box; overridden by CLOUDFLARE_API_TOKEN when set.
cloudflareToken :: String
cloudflareToken = "{{tok40}}"

zoneId, recordId :: String
zoneId   = "{{hex32}}"
recordId = "{{hex32}}"

main :: IO ()
main = do
  envTok <- lookupEnv "CLOUDFLARE_API_TOKEN"
  setEnv "CLOUDFLARE_API_TOKEN" (fromMaybe cloudflareToken envTok)
  mgr <- newCfManager
  forever $ do
    ip <- currentIPv4
    r  <- putJSON mgr ("/zones/" <> zoneId <> "/dns_records/" <> recordId)
            (T.pack ip) :: IO (Either String ())
    when (either (const True) (const False) r) $ putStrLn ("update failed: " <> show r)
    threadDelay (300 * 1000000)
