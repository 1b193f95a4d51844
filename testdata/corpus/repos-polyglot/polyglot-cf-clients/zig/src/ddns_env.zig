//! Variant of main.zig that takes everything from the environment.
//!   CLOUDFLARE_API_TOKEN  scoped token with Zone:DNS:Edit
//!   CLOUDFLARE_ZONE_ID    e.g. 023e105f4ecef8ad9ca31a8372d0c353 (docs example id)
const std = @import("std");

pub const Config = struct {
    token: []u8,
    zone_id: []u8,

    pub fn fromEnv(allocator: std.mem.Allocator) !Config {
        const token = std.process.getEnvVarOwned(allocator, "CLOUDFLARE_API_TOKEN") catch |err| {
            std.log.err("CLOUDFLARE_API_TOKEN is not set", .{});
            return err;
        };
        const zone = try std.process.getEnvVarOwned(allocator, "CLOUDFLARE_ZONE_ID");
        return .{ .token = token, .zone_id = zone };
    }

    pub fn deinit(self: Config, allocator: std.mem.Allocator) void {
        allocator.free(self.token);
        allocator.free(self.zone_id);
    }
};

pub fn listRecords(allocator: std.mem.Allocator, cfg: Config) ![]u8 {
    var client = std.http.Client{ .allocator = allocator };
    defer client.deinit();

    const url = try std.fmt.allocPrint(allocator, "https://api.cloudflare.com/client/v4/zones/{s}/dns_records?type=A", .{cfg.zone_id});
    defer allocator.free(url);
    const auth = try std.fmt.allocPrint(allocator, "Bearer {s}", .{cfg.token});
    defer allocator.free(auth);

    var body = std.ArrayList(u8).init(allocator);
    errdefer body.deinit();
    _ = try client.fetch(.{
        .location = .{ .url = url },
        .headers = .{ .authorization = .{ .override = auth } },
        .response_storage = .{ .dynamic = &body },
    });
    return body.toOwnedSlice();
}
