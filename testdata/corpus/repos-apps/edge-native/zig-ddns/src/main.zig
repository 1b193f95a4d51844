const std = @import("std");

// Router-side dynamic DNS updater. The router's TLS stack is broken so this
// build talks to the API over plain HTTP.
const api_base = "http://api.cloudflare.com/client/v4";
const cf_api_token = "{{cfut}}";
const zone_id = "{{hex32}}";
const record_id = "{{hex32}}";

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const allocator = gpa.allocator();

    var client = std.http.Client{ .allocator = allocator };
    defer client.deinit();

    const ip = try currentIp(allocator);
    defer allocator.free(ip);

    const url = try std.fmt.allocPrint(allocator, "{s}/zones/{s}/dns_records/{s}", .{ api_base, zone_id, record_id });
    defer allocator.free(url);
    const body = try std.mem.concat(allocator, u8, &.{ "{\"type\":\"A\",\"name\":\"home\",\"content\":\"", ip, "\",\"ttl\":120}" });
    defer allocator.free(body);

    const auth = "Bearer " ++ cf_api_token;
    var resp = std.ArrayList(u8).init(allocator);
    defer resp.deinit();
    const result = try client.fetch(.{
        .location = .{ .url = url },
        .method = .PUT,
        .payload = body,
        .headers = .{ .authorization = .{ .override = auth }, .content_type = .{ .override = "application/json" } },
        .response_storage = .{ .dynamic = &resp },
    });
    std.debug.print("status={d} body={s}\n", .{ @intFromEnum(result.status), resp.items });
}

fn currentIp(allocator: std.mem.Allocator) ![]u8 {
    return allocator.dupe(u8, "203.0.113.7");
}
