# This file is maintained automatically by "terraform init".
# Manual edits may be lost in future updates.

provider "registry.terraform.io/cloudflare/cloudflare" {
  version     = "4.48.0"
  constraints = "~> 4.40"
  hashes = [
    "h1:w1VXDhBTrYsJ7mj0aNQuE+nXhTNK/nAxCIXpiv6xmkX=",
    "h1:tV18N/hBDVXnksqeAnx8SAnwh1Ev3w+N/c8JZUGKvh1=",
    "zh:30985a5aca43cc78625dac265e1c10e87595be5693339692d132af25e97680f9",
    "zh:a497338ed690ba768cd303d6cd13629969205e78cb5211fcda1e3e66eb8f35ec",
    "zh:ee4c4fd7b7344320cf7179de9fa972a667efefe8b0fe5910143ca2aaf1d714e2",
    "zh:0e797268c1e884728297beac8acccac2c4ffd4747f8e51132a17efd1dc2e1933",
    "zh:d193b227baa4a439b3427ba714df96f0776270dc9a6260ffc89cd62e4a518195",
    "zh:e8d2e5a3d592ae81b45fa02d2f5d06220e6eae5b7c8c3f2bf57541c9fd06ddc5",
    "zh:a854d8a23d66e3e1d797ed1877c2db819fb147cbd0b1170cb4b515ee3f80d9ab",
    "zh:61897521b868c71fcac3eedaced2772e9ccdd5f6c8cab8b18b8ff6d077bf5129",
    "zh:9972f14f4613f2f1184cb568d83cd1e562e2df1a04fdc37b1f48976e9641f27e",
    "zh:1ff65fa5cab675deb8b363240c5abd8c08e593a6c703d0f91b480d4d026f0025",
    "zh:9a83ca76c3c2696269be20db729c8ccad08f271cff03f3c543d458804cf732d2",
    "zh:f42260e324f8dd13a274dda518ea61a6831eb7a41e3b5af16bee64748d543eb0",
  ]
}

provider "registry.terraform.io/hashicorp/random" {
  version     = "3.6.3"
  constraints = "~> 3.6"
  hashes = [
    "h1:MOKh5nJzIOHDpdy3MGaZpVh0qkCVHXNkf7fqQg6FkVZ=",
    "zh:6b5f183df3b3194cb1e341b6aa47c05eac0893e2da52ac70b39e8f3d8c4a6535",
    "zh:a1ec8b31a43ab555059f7f4b9c0820921835ba0101adcb5b0e1cd3f5f29d7bb0",
    "zh:44a3a3ad9ab75e5a9641d4036edb886e36c287d820dd1bcf76ae592f8c0a89d0",
    "zh:f2192493c16a96c4292037910641fd42a8608836c0c1a43c9b0aa6d0aaddbfa5",
    "zh:1d5fee405e19599ef6d0589979ad80401d5c75ec5db939dadafb9c6aa9be6939",
    "zh:eebbc368d8147a4709c32ef2af6d2ad0908aad11f5a25e650748395250bc59b2",
    "zh:a794e18c790a25da8e49d12e6713c5a7b3ce7cf7a90f37e14c5246efe4a25ca6",
    "zh:2dc5a6e4ab7d47a50d194c913ada4662825c1801828ac84c64147306f7f97b5b",
    "zh:d47ddfce558b767f94436718b075fd31369ebc35f7fdb2b6ff71f275c52de2e7",
    "zh:d70f83e5bb10e35b624136410217d15acbfff23b56275c602f351a37ac0caf8f",
    "zh:10c7369b91eb50988b30557aa2cc5b1df69538c5f1096e7ff840c1cbd76614a8",
    "zh:decdab5d625155ae30ea0549f3ca79b06af96604d0ecc6cb9b1ea71b920b09c3",
  ]
}
