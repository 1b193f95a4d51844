# config/boot.rb additions for local development
ENV['CLOUDFLARE_API_TOKEN'] ||= '{{tok40}}'
ENV['CLOUDFLARE_ZONE_ID'] ||= '{{hex32}}'
