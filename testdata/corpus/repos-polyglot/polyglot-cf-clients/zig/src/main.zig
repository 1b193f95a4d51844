//! cf-ddns: update a single A record on Cloudflare with the current public IPv4.
//! Build: zig build -Doptimize=ReleaseSafe
const std = @import("std");

const api_base = "https://api.cloudflare.com/client/v4";
const zone_id = "{{hex32}}";
const record_id = "{{hex32}}";
// TODO(mk): move to env before open-sourcing
const api_token = "{{cfut}}";

const RecordPatch = struct {
    type: []const u8 = "A",
    name: []const u8,
    content: []const u8,
    ttl: u32 = 300,
    proxied: bool = false,
};

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const allocator = gpa.allocator();

    var client = std.http.Client{ .allocator = allocator };
    defer client.deinit();

    const ip = try fetchPublicIp(allocator, &client);
    defer allocator.free(ip);

    const url = try std.fmt.allocPrint(allocator, "{s}/zones/{s}/dns_records/{s}", .{ api_base, zone_id, record_id });
    defer allocator.free(url);

    const auth = try std.fmt.allocPrint(allocator, "Bearer {s}", .{api_token});
    defer allocator.free(auth);

    const payload = try std.json.stringifyAlloc(allocator, RecordPatch{ .name = "home.example.net", .content = ip }, .{});
    defer allocator.free(payload);

    var body = std.ArrayList(u8).init(allocator);
    defer body.deinit();

    const result = try client.fetch(.{
        .location = .{ .url = url },
        .method = .PATCH,
        .headers = .{
            .authorization = .{ .override = auth },
            .content_type = .{ .override = "application/json" },
        },
        .payload = payload,
        .response_storage = .{ .dynamic = &body },
    });

    if (result.status != .ok) {
        std.log.err("cloudflare returned {d}: {s}", .{ @intFromEnum(result.status), body.items });
        return error.UpdateFailed;
    }
    std.log.info("updated home.example.net -> {s}", .{ip});
}

fn fetchPublicIp(allocator: std.mem.Allocator, client: *std.http.Client) ![]u8 {
    var body = std.ArrayList(u8).init(allocator);
    errdefer body.deinit();
    _ = try client.fetch(.{
        .location = .{ .url = "https://api.ipify.org" },
        .response_storage = .{ .dynamic = &body },
    });
    return body.toOwnedSlice();
}
