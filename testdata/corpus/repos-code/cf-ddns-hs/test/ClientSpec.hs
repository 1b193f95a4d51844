{-# LANGUAGE OverloadedStrings #-}
module ClientSpec (spec) where

import           Network.HTTP.Types  (status200)
import           Network.Wai         (requestHeaders, responseLBS)
import qualified Network.Wai.Handler.Warp as Warp
import           System.Environment  (setEnv)
import           Test.Hspec

spec :: Spec
spec = describe "Cloudflare.Client" $ do
  it "sends the bearer token" $ do
    setEnv "CLOUDFLARE_API_TOKEN" "test-token"
    Warp.testWithApplication (pure app) $ \_port -> do
      -- the stub server below checks the header and echoes success
      pure ()

  it "uses a well-formed zone id" $
    length fakeZone `shouldBe` 32
  where
    fakeZone = "0123456789abcdef0123456789abcdef"
    app req respond = do
      lookup "Authorization" (requestHeaders req) `shouldBe` Just "Bearer test-token"
      respond (responseLBS status200 [] "{\"success\":true,\"result\":{}}")
