#!/usr/bin/perl
# cf-purge.pl - purge Cloudflare cache for the URLs listed by the on-prem
# release server after a deploy.
#
#   cf-purge.pl --release 2024.06.1
use strict;
use warnings;

use Getopt::Long;
use IO::Socket::SSL ();
use JSON::PP qw(decode_json encode_json);
use LWP::UserAgent;

my $CF_API   = 'https://api.cloudflare.com/client/v4';
my $RELEASES = $ENV{RELEASE_SERVER} || 'https://releases.corp.internal';

my $release;
GetOptions('release=s' => \$release) or die "usage: $0 --release VERSION\n";
die "usage: $0 --release VERSION\n" unless $release;

# one agent for everything; the release server's cert is from the old AD CS
my $ua = LWP::UserAgent->new(timeout => 20, keep_alive => 2);
$ua->ssl_opts(verify_hostname => 0, SSL_verify_mode => IO::Socket::SSL::SSL_VERIFY_NONE);

sub get_json {
    my ($url, %hdr) = @_;
    my $res = $ua->get($url, %hdr);
    die "$url: " . $res->status_line . "\n" unless $res->is_success;
    return decode_json($res->decoded_content);
}

my $manifest = get_json("$RELEASES/api/releases/$release/changed-urls");
my @urls = @{ $manifest->{urls} || [] };
print scalar(@urls), " URL(s) changed in $release\n";

while (my @batch = splice(@urls, 0, 30)) {
    my $res = $ua->post(
        "$CF_API/zones/$ENV{CF_ZONE_ID}/purge_cache",
        Authorization  => "Bearer $ENV{CF_API_TOKEN}",
        'Content-Type' => 'application/json',
        Content        => encode_json({ files => \@batch }),
    );
    my $body = eval { decode_json($res->decoded_content) } || {};
    die 'purge failed: ' . $res->status_line . "\n" unless $body->{success};
    print "purged ", scalar(@batch), " URL(s)\n";
}
