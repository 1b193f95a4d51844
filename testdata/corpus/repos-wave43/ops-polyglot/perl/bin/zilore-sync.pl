#!/usr/bin/env perl
# zilore-sync.pl - mirror our public records to Zilore DNS, the secondary
# provider we fail over to if Cloudflare has an outage.
#
# Zilore's API authenticates with an `X-Auth-Key` header that carries the
# Zilore account API key (nothing to do with Cloudflare's Global API Key).
use strict;
use warnings;

use HTTP::Tiny;
use JSON::PP qw(encode_json decode_json);

my $domain     = shift or die "usage: $0 DOMAIN EXPORT.json\n";
my $export     = shift or die "usage: $0 DOMAIN EXPORT.json\n";
my $zilore_key = $ENV{ZILORE_API_KEY} or die "ZILORE_API_KEY not set\n";

my $http = HTTP::Tiny->new(
    agent           => 'zilore-sync/0.9',
    verify_SSL      => 1,
    timeout         => 20,
    default_headers => {
        'X-Auth-Key'   => $zilore_key,
        'Content-Type' => 'application/json',
    },
);

my $base = 'https://api.zilore.com/dns/v1';

# records exported from Cloudflare by `cf-export.pl` (JSON array)
open my $fh, '<', $export or die "cannot read $export: $!\n";
my $records = decode_json(do { local $/; <$fh> });
close $fh;

my $current = $http->get("$base/domains/$domain/records");
die "Zilore list failed: $current->{status} $current->{reason}\n" unless $current->{success};
my %have = map { ("$_->{record_type} $_->{record_name}" => $_) }
           @{ decode_json($current->{content})->{response} };

for my $r (@$records) {
    next if $r->{type} eq 'NS';
    my $k = "$r->{type} $r->{name}";
    next if $have{$k} && $have{$k}{record_value} eq $r->{content};
    my $q = $http->www_form_urlencode({
        record_type  => $r->{type},
        record_name  => $r->{name},
        record_value => $r->{content},
        record_ttl   => $r->{ttl} == 1 ? 300 : $r->{ttl},
    });
    my $res = $http->post("$base/domains/$domain/records?$q");
    printf "%-6s %-40s %s\n", $r->{type}, $r->{name}, $res->{success} ? 'ok' : "fail $res->{status}";
}
