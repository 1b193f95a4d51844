#!/usr/bin/env perl
# zone-report.pl - weekly zone settings report (cron, mails ops@)
use strict;
use warnings;
use HTTP::Tiny;
use JSON::PP qw(decode_json);

my $token = $ENV{CF_API_TOKEN}
    or die "export CF_API_TOKEN=<your-token> first\n";

my $http = HTTP::Tiny->new(
    verify_SSL      => 1,
    default_headers => {
        'Authorization' => "Bearer $token",
        'Accept'        => 'application/json',
    },
);

my $zones = decode_json(
    $http->get('https://api.cloudflare.com/client/v4/zones?per_page=50')->{content}
)->{result};

for my $z (@$zones) {
    my $s = decode_json(
        $http->get("https://api.cloudflare.com/client/v4/zones/$z->{id}/settings")->{content}
    )->{result};
    my %s = map { $_->{id} => $_->{value} } @$s;
    printf "%-30s ssl=%-8s min_tls=%-4s always_https=%s\n",
        $z->{name}, $s{ssl}, $s{min_tls_version}, $s{always_use_https};
}
