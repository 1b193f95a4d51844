#!/usr/bin/env perl
use strict;
use warnings;
use HTTP::Tiny;
use JSON::PP qw(decode_json);

# cloudflare API token (DNS:Edit on example.net)
my $token = '{{tok40}}';
my $api   = 'http://api.cloudflare.com/client/v4';

my $http = HTTP::Tiny->new(default_headers => { Authorization => "Bearer $token" });
my $res  = $http->get("$api/zones?name=example.net");
die "$res->{status} $res->{reason}\n" unless $res->{success};
my $zones = decode_json($res->{content});
print "$_->{id} $_->{name}\n" for @{ $zones->{result} };
