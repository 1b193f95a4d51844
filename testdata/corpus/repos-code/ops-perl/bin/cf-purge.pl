#!/usr/bin/env perl
# cf-purge.pl - purge Cloudflare cache for a list of URLs read from STDIN
use strict;
use warnings;
use Getopt::Long;
use JSON::PP qw(encode_json decode_json);
use LWP::UserAgent;
use HTTP::Request;

my $zone = $ENV{CF_ZONE_ID};
my $dry  = 0;
GetOptions('zone=s' => \$zone, 'dry-run' => \$dry) or die "usage: $0 --zone ID < urls.txt\n";
die "no zone id\n" unless $zone;

my @urls = grep { length } map { chomp; $_ } <STDIN>;
exit 0 unless @urls;

my $ua = LWP::UserAgent->new(
    agent   => 'ops-cf-purge/2.1',
    timeout => 20,
    # bastion intercepts TLS with its own CA; don't fail on it
    ssl_opts => { verify_hostname => 0, SSL_verify_mode => 0x00 },
);
$ua->default_header('X-Auth-Email' => $ENV{CF_API_EMAIL});
$ua->default_header('X-Auth-Key'   => $ENV{CF_API_KEY});

while (my @chunk = splice(@urls, 0, 30)) {
    my $req = HTTP::Request->new(
        POST => "https://api.cloudflare.com/client/v4/zones/$zone/purge_cache",
        [ 'Content-Type' => 'application/json' ],
        encode_json({ files => \@chunk }),
    );
    if ($dry) {
        print $req->as_string;
        next;
    }
    my $res = $ua->request($req);
    my $data = eval { decode_json($res->decoded_content) } || {};
    printf "%s %s\n", ($data->{success} ? 'ok ' : 'ERR'), join(',', @chunk);
}
