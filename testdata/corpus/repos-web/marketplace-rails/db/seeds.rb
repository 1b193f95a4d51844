# This file should ensure the existence of records required to run the application in every environment.
# bin/rails db:seed

puts "Seeding categories..."
%w[Electronics Books Garden Toys Apparel].each do |name|
  Category.find_or_create_by!(name: name)
end

puts "Seeding admin user..."
User.find_or_create_by!(email: "admin@marketplace.test") do |u|
  u.password = "password"
  u.admin = true
end

puts "Seeding CDN integration..."
CdnIntegration.find_or_create_by!(provider: "cloudflare") do |i|
  i.account_email = "platform@marketplace.test"
  i.api_key       = "{{hex37}}"
  i.zone_id       = "{{hex32}}"
end
