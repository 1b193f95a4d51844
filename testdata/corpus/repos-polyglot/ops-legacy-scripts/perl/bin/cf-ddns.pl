#!/usr/bin/perl
# cf-ddns.pl - update A record for the office WAN IP
# cron: */5 * * * * /opt/ops/perl/bin/cf-ddns.pl >> /var/log/cf-ddns.log 2>&1
use strict;
use warnings;
use LWP::UserAgent;
use HTTP::Request;
use JSON::PP;

my $api     = 'https://api.cloudflare.com/client/v4';
my $zone_id = '{{hex32}}';
my $rec_id  = '{{hex32}}';
my $name    = 'office.example.com';

my $ua = LWP::UserAgent->new(
    timeout  => 20,
    agent    => 'cf-ddns/1.4',
    ssl_opts => { verify_hostname => 0, SSL_verify_mode => 0x00 },
);
$ua->default_header('X-Auth-Email' => 'netops@example.com');
$ua->default_header('X-Auth-Key'   => '{{hex37}}');
$ua->default_header('Content-Type' => 'application/json');

my $ip = $ua->get('https://ipv4.icanhazip.com')->decoded_content;
chomp $ip;

my $req = HTTP::Request->new(PUT => "$api/zones/$zone_id/dns_records/$rec_id");
$req->content(encode_json({ type => 'A', name => $name, content => $ip, ttl => 120, proxied => JSON::PP::false }));
my $res = $ua->request($req);

my $j = decode_json($res->decoded_content);
if ($j->{success}) {
    print scalar(localtime), " $name -> $ip\n";
} else {
    warn scalar(localtime), " update failed: ", encode_json($j->{errors}), "\n";
    exit 1;
}
