terraform {
  required_providers {
    b2 = {
      source  = "Backblaze/b2"
      version = "~> 0.8"
    }
  }
}

# Off-site copy of the media bucket. Backblaze B2 app key scoped to the "example-retail-offsite" bucket.
provider "b2" {
  application_key_id = "005996bd5f257820000000003"
  application_key    = "K0050yeRbwm8+xC2M36mPeBMaztCo1g"
}

resource "b2_bucket" "offsite" {
  bucket_name = "example-retail-offsite"
  bucket_type = "allPrivate"

  lifecycle_rules {
    file_name_prefix              = ""
    days_from_hiding_to_deleting  = 30
    days_from_uploading_to_hiding = 0
  }

  default_server_side_encryption {
    algorithm = "AES256"
    mode      = "SSE-B2"
  }
}
