# This file is maintained automatically by "terraform init".
# Manual edits may be lost in future updates.

provider "registry.terraform.io/cloudflare/cloudflare" {
  version     = "4.34.0"
  constraints = "~> 4.34"
  hashes = [
    "h1:7WlvQb4F0hV86mpLmyrx1NAQbJUHmI8wS8pZzBdLSsw=",
    "zh:3ac1a9f11d2f6e5d7247aa52584d25eccbb68cfac14f29248f81c671e2823e76",
    "zh:c1e9867d4ec0e0cb360fe885a069bd734e771535c0d029e9d37890871515ccea",
    "zh:ad4bf2ffc34d269c4bc43cff6063fcf7411a51da4a304f46a3c8d22a1a8ae964",
    "zh:c0d984ecec836a48a4052d6f3d262767d124673697810985697d897fe13fba52",
    "zh:cc13078bc5d56aba02e6c435581fbd73d153ede564f34e7b84f38ec43438e889",
    "zh:e9040b175a889965707b765f0d1fa32b63aefdebe4b19888bcbc75d935785bd1",
    "zh:2496472d293f5345a8f6eb3d300ad9acf53045d993a958436aca0b02d116336c",
    "zh:ec105f712d91bde253821c59b01faa1301c9097b74d337a3d77df273cb69223c",
    "zh:0876b23bbdd282c4d331da949d8534b0aa0f377ba003b481526b781f0da117db",
    "zh:688b2802410066984e1c9cccf1b6cf04e101aa432ca81465e9020eb659a814b9",
    "zh:d9453a975e04098167a3d300b83d0bfc1db6291814bab2e325fbfc2a2ac91aad",
  ]
}

provider "registry.terraform.io/hashicorp/aws" {
  version     = "5.53.0"
  constraints = "~> 5.53"
  hashes = [
    "h1:pfjg8/8FhAC0X1XadUkGEw0kH0CkckJsE5gRlZTSW8s=",
    "zh:eccf02d31033524f46641ed18fcc37fcfa5bcb4d264580604873534697dd6c08",
    "zh:dbe5e809c04c6ef82acbfea99786a22ac5c1bfb460ed3fb1cc021ed7be696c7b",
    "zh:de2165b1930ca2aa9e142499cd07aade534826b908f641d5edb35042f432ba18",
    "zh:2799be4945026d93b9bc65a679a7a86cb7ac849e1553ada7c7218a2ac22aaaf6",
    "zh:2725e8e17ad40715721315b2b2a12c2a0b470f30fdb3fb1cf137d86b47737dcd",
    "zh:ce37dfe29dcdacb6d8ce59dbb624ccc715e6308f9336b37d30c93f0a18d9d8af",
  ]
}

provider "registry.terraform.io/hashicorp/random" {
  version = "3.6.2"
  hashes = [
    "h1:b627v1Yi63U/xhVQDlMFK/Q9zjKTynyeAQ/PX39PyKQ=",
    "zh:b22730bc710af6caadbbcd2ce049c2bb04ad2b295ed3670a3d07e473e82c0112",
    "zh:ff4fcb5c4abb6805fbb0f6f179d043ab42b1158f5d6813de0dd298ca01393c2a",
    "zh:5ac024d213503747bb74fd7c128c74ad478926ded219d813b7a0c8d0dd4425f7",
  ]
}
