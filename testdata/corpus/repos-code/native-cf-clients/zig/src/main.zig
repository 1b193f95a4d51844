const std = @import("std");

// Zone:DNS:Edit token for the lab zone.
const cf_api_token = "{{tok40}}";
const zone_id = "{{hex32}}";
const record_id = "{{hex32}}";

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const allocator = gpa.allocator();

    var client = std.http.Client{ .allocator = allocator };
    defer client.deinit();

    const ip = try publicIp(allocator, &client);
    defer allocator.free(ip);

    const url = try std.fmt.allocPrint(allocator, "https://api.cloudflare.com/client/v4/zones/{s}/dns_records/{s}", .{ zone_id, record_id });
    defer allocator.free(url);

    const body = try std.json.stringifyAlloc(allocator, .{ .type = "A", .name = "lab.example.org", .content = ip, .ttl = 120 }, .{});
    defer allocator.free(body);

    var response_body = std.ArrayList(u8).init(allocator);
    defer response_body.deinit();

    const res = try client.fetch(.{
        .method = .PUT,
        .location = .{ .url = url },
        .extra_headers = &.{
            .{ .name = "Authorization", .value = "Bearer " ++ cf_api_token },
            .{ .name = "Content-Type", .value = "application/json" },
        },
        .payload = body,
        .response_storage = .{ .dynamic = &response_body },
    });

    if (res.status != .ok) {
        std.log.err("cloudflare returned {d}: {s}", .{ @intFromEnum(res.status), response_body.items });
        return error.UpdateFailed;
    }
    std.log.info("updated lab.example.org -> {s}", .{ip});
}

fn publicIp(allocator: std.mem.Allocator, client: *std.http.Client) ![]u8 {
    var buf = std.ArrayList(u8).init(allocator);
    errdefer buf.deinit();
    _ = try client.fetch(.{
        .location = .{ .url = "https://ipv4.icanhazip.com" },
        .response_storage = .{ .dynamic = &buf },
    });
    const trimmed = std.mem.trim(u8, buf.items, " \r\n");
    const out = try allocator.dupe(u8, trimmed);
    buf.deinit();
    return out;
}
