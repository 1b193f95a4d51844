#!/usr/bin/perl
# cf-ddns.pl - read WAN IP from the Fritz!Box / NAS status page, update Cloudflare.
#
# The NAS (nas.home.lan) runs its own self-signed cert, so only that user
# agent skips verification. Cloudflare goes through a normal LWP agent.
use strict;
use warnings;

use Getopt::Long;
use HTTP::Request;
use IO::Socket::SSL qw(SSL_VERIFY_NONE);
use JSON::PP qw(decode_json encode_json);
use LWP::UserAgent;

my $CF_API = 'https://api.cloudflare.com/client/v4';

my %opt = (
    nas     => $ENV{NAS_STATUS_URL} || 'https://nas.home.lan:5001/wanip.json',
    zone    => $ENV{CF_ZONE_ID},
    record  => $ENV{CF_RECORD_ID},
    dry_run => 0,
);
GetOptions(\%opt, 'nas=s', 'zone=s', 'record=s', 'dry_run|n') or die "bad options\n";
die "CF_API_TOKEN not set\n" unless $ENV{CF_API_TOKEN};

my $nas_ua = LWP::UserAgent->new(timeout => 5, agent => 'cf-ddns/2.1');
$nas_ua->ssl_opts(
    verify_hostname => 0,
    SSL_verify_mode => SSL_VERIFY_NONE,
);

my $cf_ua = LWP::UserAgent->new(
    timeout  => 15,
    agent    => 'cf-ddns/2.1',
    ssl_opts => { verify_hostname => 1 },
);
$cf_ua->default_header(Authorization => "Bearer $ENV{CF_API_TOKEN}");
$cf_ua->default_header('Content-Type' => 'application/json');

my $res = $nas_ua->get($opt{nas});
die 'NAS: ' . $res->status_line . "\n" unless $res->is_success;
my $ip = decode_json($res->decoded_content)->{wan_ipv4}
    or die "NAS did not report a WAN address\n";

my $url = "$CF_API/zones/$opt{zone}/dns_records/$opt{record}";
my $cur = $cf_ua->get($url);
die 'Cloudflare: ' . $cur->status_line . "\n" unless $cur->is_success;
my $content = decode_json($cur->decoded_content)->{result}{content};

if ($content eq $ip) {
    print "unchanged ($ip)\n";
    exit 0;
}
if ($opt{dry_run}) {
    print "would update $content -> $ip\n";
    exit 0;
}

my $req = HTTP::Request->new(PATCH => $url);
$req->content(encode_json({ content => $ip }));
my $upd = $cf_ua->request($req);
die 'Cloudflare update: ' . $upd->status_line . "\n" unless $upd->is_success;
print "updated $content -> $ip\n";
