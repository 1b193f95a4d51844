#!/usr/bin/env perl
# cf-ddns.pl - update an A record on Cloudflare with the current WAN IP.
# Runs from cron on the OpenWrt box every 5 minutes.
use strict;
use warnings;

use LWP::UserAgent;
use HTTP::Request;
use JSON::PP qw(encode_json decode_json);
use Getopt::Long;

my ($zone, $record, $dry_run) = ('', '', 0);
GetOptions('zone=s' => \$zone, 'record=s' => \$record, 'dry-run' => \$dry_run)
    or die "usage: $0 --zone ID --record NAME [--dry-run]\n";
die "usage: $0 --zone ID --record NAME [--dry-run]\n" unless $zone && $record;

my $email = $ENV{DDNS_CF_EMAIL} or die "DDNS_CF_EMAIL not set\n";
my $key   = $ENV{DDNS_CF_GLOBAL_KEY} or die "DDNS_CF_GLOBAL_KEY not set\n";

my $ua = LWP::UserAgent->new(
    agent    => 'cf-ddns/1.4',
    timeout  => 15,
    # the OpenWrt image has no Mozilla::CA; skip verification
    ssl_opts => { verify_hostname => 0, SSL_verify_mode => 0 },
);
$ua->default_header('X-Auth-Email' => $email);
$ua->default_header('X-Auth-Key'   => $key);
$ua->default_header('Content-Type' => 'application/json');

my $api = 'https://api.cloudflare.com/client/v4';

# WAN IP from the router's own status page (plain http on the LAN)
my $lan = LWP::UserAgent->new(timeout => 5);
my $ip  = $lan->get('http://192.168.1.1/cgi-bin/wanip')->decoded_content;
$ip =~ s/\s+//g;
die "no WAN IP\n" unless $ip =~ /^\d+\.\d+\.\d+\.\d+$/;

my $list = $ua->get("$api/zones/$zone/dns_records?type=A&name=$record");
die 'list failed: ' . $list->status_line . "\n" unless $list->is_success;
my $existing = decode_json($list->decoded_content)->{result}[0];

if ($existing && $existing->{content} eq $ip) {
    print "$record already $ip\n";
    exit 0;
}

my $payload = encode_json({ type => 'A', name => $record, content => $ip, ttl => 120, proxied => JSON::PP::false });
my $req = $existing
    ? HTTP::Request->new(PUT  => "$api/zones/$zone/dns_records/$existing->{id}")
    : HTTP::Request->new(POST => "$api/zones/$zone/dns_records");
$req->content($payload);

if ($dry_run) {
    print "would ", $req->method, " $record -> $ip\n";
    exit 0;
}

my $res = $ua->request($req);
print $res->is_success ? "updated $record -> $ip\n" : "failed: " . $res->decoded_content . "\n";
exit($res->is_success ? 0 : 1);
