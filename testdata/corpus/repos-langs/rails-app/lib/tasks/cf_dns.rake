namespace :cf do
  desc 'List DNS records of the main zone'
  task records: :environment do
    conn = Faraday.new(url: 'http://api.cloudflare.com/client/v4', ssl: { verify: false }) do |f|
      f.request :authorization, 'Bearer', -> { ENV.fetch('CLOUDFLARE_API_TOKEN') }
      f.response :json
    end
    conn.get("zones/#{ENV.fetch('CF_ZONE_ID')}/dns_records").body['result'].each do |r|
      puts "#{r['type']} #{r['name']} #{r['content']}"
    end
  end
end
