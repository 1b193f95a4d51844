const std = @import("std");

// cf-dnsdump: dump all DNS records of a Cloudflare zone as JSON.
//   CLOUDFLARE_API_TOKEN=... zig build run -- <zone-id>

// TODO: std.crypto.tls kept failing against the corporate proxy, so this
// talks plain http for now.
const api_base = "http://api.cloudflare.com/client/v4";

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const allocator = gpa.allocator();

    const args = try std.process.argsAlloc(allocator);
    defer std.process.argsFree(allocator, args);
    if (args.len < 2) {
        std.debug.print("usage: {s} <zone-id>\n", .{args[0]});
        return error.MissingZoneId;
    }

    const token = std.process.getEnvVarOwned(allocator, "CLOUDFLARE_API_TOKEN") catch {
        std.debug.print("CLOUDFLARE_API_TOKEN is not set\n", .{});
        return error.MissingToken;
    };
    defer allocator.free(token);

    const auth = try std.fmt.allocPrint(allocator, "Bearer {s}", .{token});
    defer allocator.free(auth);

    const url = try std.fmt.allocPrint(allocator, "{s}/zones/{s}/dns_records?per_page=100", .{ api_base, args[1] });
    defer allocator.free(url);

    var client = std.http.Client{ .allocator = allocator };
    defer client.deinit();

    var body = std.ArrayList(u8).init(allocator);
    defer body.deinit();

    const result = try client.fetch(.{
        .location = .{ .url = url },
        .method = .GET,
        .headers = .{ .authorization = .{ .override = auth } },
        .response_storage = .{ .dynamic = &body },
    });

    if (result.status != .ok) {
        std.debug.print("cloudflare returned {d}\n", .{@intFromEnum(result.status)});
        return error.ApiError;
    }

    const stdout = std.io.getStdOut().writer();
    try stdout.writeAll(body.items);
    try stdout.writeAll("\n");
}
