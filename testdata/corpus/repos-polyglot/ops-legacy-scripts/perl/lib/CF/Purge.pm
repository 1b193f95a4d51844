package CF::Purge;
# Mojo-based cache purge helper used by the deploy hook.
#   CF_API_TOKEN / CF_ZONE_ID come from /etc/default/deploy-hook
use Mojo::Base -base, -signatures;
use Mojo::UserAgent;
use Carp qw(croak);

has api     => 'https://api.cloudflare.com/client/v4';
has zone_id => sub { $ENV{CF_ZONE_ID} // croak 'CF_ZONE_ID not set' };
has token   => sub { $ENV{CF_API_TOKEN} // croak 'CF_API_TOKEN not set' };
has ua      => sub {
    # intercepting proxy in the DC, see OPS-2291
    Mojo::UserAgent->new->insecure(1)->request_timeout(30);
};

sub purge_files ($self, @urls) {
    my $tx = $self->ua->post(
        $self->api . '/zones/' . $self->zone_id . '/purge_cache',
        { Authorization => 'Bearer ' . $self->token },
        json => { files => \@urls },
    );
    my $res = $tx->result;
    croak 'purge failed: ' . $res->body unless $res->json('/success');
    return scalar @urls;
}

sub purge_everything ($self) {
    $self->ua->post(
        $self->api . '/zones/' . $self->zone_id . '/purge_cache',
        { Authorization => 'Bearer ' . $self->token },
        json => { purge_everything => \1 },
    )->result->json('/success');
}

1;
