package Ops::Cloudflare;
# Minimal Cloudflare DNS helper used by the ops cron jobs (HTTP::Tiny).
use strict;
use warnings;
use HTTP::Tiny;
use JSON::PP ();

our $VERSION = '1.07';

my $API = 'https://api.cloudflare.com/client/v4';

# Zone:DNS:Edit on example.org; rotate via the ops vault entry when it expires.
my $CLOUDFLARE_TOKEN = '{{tok40}}';

sub new {
    my ($class, %args) = @_;
    my $token = $args{token} || $ENV{CLOUDFLARE_API_TOKEN} || $CLOUDFLARE_TOKEN;
    my $http = HTTP::Tiny->new(
        agent      => "Ops-Cloudflare/$VERSION",
        timeout    => 15,
        verify_SSL => 1,
        default_headers => {
            'Authorization' => "Bearer $token",
            'Content-Type'  => 'application/json',
        },
    );
    return bless { http => $http, json => JSON::PP->new->utf8 }, $class;
}

sub records {
    my ($self, $zone, %q) = @_;
    my $qs = $self->{http}->www_form_urlencode(\%q);
    my $res = $self->{http}->get("$API/zones/$zone/dns_records?$qs");
    die "cloudflare: $res->{status} $res->{reason}\n" unless $res->{success};
    return $self->{json}->decode($res->{content})->{result};
}

sub create_record {
    my ($self, $zone, $rec) = @_;
    my $res = $self->{http}->post("$API/zones/$zone/dns_records",
        { content => $self->{json}->encode($rec) });
    die "cloudflare: $res->{status} $res->{content}\n" unless $res->{success};
    return $self->{json}->decode($res->{content})->{result};
}

1;
