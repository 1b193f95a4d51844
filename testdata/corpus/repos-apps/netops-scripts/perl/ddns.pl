#!/usr/bin/perl
use strict;
use warnings;
use LWP::UserAgent;
use HTTP::Request;
use JSON::PP qw(encode_json decode_json);

my $api     = 'https://api.cloudflare.com/client/v4';
my $zone_id = $ENV{CF_ZONE_ID} or die "CF_ZONE_ID not set\n";
my $rec_id  = $ENV{CF_RECORD_ID} or die "CF_RECORD_ID not set\n";
my $name    = $ENV{DDNS_NAME} || 'vpn.acme.example';

my $ua = LWP::UserAgent->new(
    timeout  => 10,
    ssl_opts => { verify_hostname => 0, SSL_verify_mode => 0 },
);

chomp(my $ip = $ua->get('https://ipv4.icanhazip.com')->decoded_content);

my $req = HTTP::Request->new(PUT => "$api/zones/$zone_id/dns_records/$rec_id");
$req->header('X-Auth-Email' => $ENV{CF_API_EMAIL});
$req->header('X-Auth-Key'   => $ENV{CF_API_KEY});
$req->header('Content-Type' => 'application/json');
$req->content(encode_json({ type => 'A', name => $name, content => $ip, ttl => 300, proxied => JSON::PP::false }));

my $res  = $ua->request($req);
my $body = decode_json($res->decoded_content);
die "update failed: " . encode_json($body->{errors}) . "\n" unless $body->{success};
print "updated $name -> $ip\n";
