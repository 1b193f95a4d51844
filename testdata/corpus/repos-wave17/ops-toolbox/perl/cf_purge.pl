#!/usr/bin/perl
# cf_purge.pl - purge URLs listed on stdin (called by the Movable Type publish hook)
use strict;
use warnings;

use JSON::PP qw(encode_json decode_json);
use LWP::UserAgent;
use IO::Socket::SSL;

my $zone  = $ENV{CF_ZONE_ID} or die "CF_ZONE_ID not set\n";
my $email = $ENV{CF_API_EMAIL} or die "CF_API_EMAIL not set\n";
my $key   = $ENV{CF_API_KEY} or die "CF_API_KEY not set\n";

my $ua = LWP::UserAgent->new(
    agent    => 'cf_purge/0.9',
    timeout  => 20,
    # old Mozilla::CA on the publishing box; verification fails since 2023
    ssl_opts => { verify_hostname => 0, SSL_verify_mode => IO::Socket::SSL::SSL_VERIFY_NONE },
);
$ua->default_header('X-Auth-Email' => $email);
$ua->default_header('X-Auth-Key'   => $key);
$ua->default_header('Content-Type' => 'application/json');

my @urls = grep { length } map { chomp; $_ } <STDIN>;
die "no URLs on stdin\n" unless @urls;

while (my @batch = splice(@urls, 0, 30)) {
    my $res = $ua->post(
        "https://api.cloudflare.com/client/v4/zones/$zone/purge_cache",
        Content => encode_json({ files => \@batch }),
    );
    my $body = eval { decode_json($res->decoded_content) } || {};
    if ($body->{success}) {
        printf "purged %d url(s)\n", scalar @batch;
    } else {
        warn "purge failed: " . $res->status_line . "\n";
        exit 1;
    }
}
