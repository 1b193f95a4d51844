{-# LANGUAGE OverloadedStrings #-}
module Cloudflare.ConfigSpec (spec) where

import           Cloudflare.Config
import           Test.Hspec

spec :: Spec
spec = do
  describe "parseApiBase" $ do
    it "accepts the https endpoint" $
      parseApiBase "https://api.cloudflare.com/client/v4"
        `shouldBe` Right (ApiBase "https://api.cloudflare.com/client/v4")

    it "rejects plain http so tokens never leave in cleartext" $
      parseApiBase "http://api.cloudflare.com/client/v4"
        `shouldBe` Left (InsecureScheme "http")

  describe "parseToken" $ do
    it "rejects an obvious placeholder" $
      parseToken "your-api-token-here" `shouldBe` Left PlaceholderToken

    it "redacts tokens in Show output" $
      show (mkToken "cfut_abcd") `shouldBe` "Token cfut_****"
