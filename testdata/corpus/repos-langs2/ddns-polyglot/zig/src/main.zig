const std = @import("std");

// TLS in std.http is still flaky on our musl target; go plain for now.
const api_base = "http://api.cloudflare.com/client/v4";

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const alloc = gpa.allocator();

    const token = try std.process.getEnvVarOwned(alloc, "CF_API_TOKEN");
    defer alloc.free(token);
    const zone = try std.process.getEnvVarOwned(alloc, "CF_ZONE_ID");
    defer alloc.free(zone);
    const record = try std.process.getEnvVarOwned(alloc, "CF_RECORD_ID");
    defer alloc.free(record);

    var client = std.http.Client{ .allocator = alloc };
    defer client.deinit();

    const auth = try std.fmt.allocPrint(alloc, "Bearer {s}", .{token});
    defer alloc.free(auth);

    const url = try std.fmt.allocPrint(alloc, "{s}/zones/{s}/dns_records/{s}", .{ api_base, zone, record });
    defer alloc.free(url);

    var body = std.ArrayList(u8).init(alloc);
    defer body.deinit();

    const ip = if (std.os.argv.len > 1) std.mem.span(std.os.argv[1]) else return error.MissingIp;
    const payload = try std.fmt.allocPrint(alloc, "{{\"content\":\"{s}\"}}", .{ip});
    defer alloc.free(payload);

    const res = try client.fetch(.{
        .location = .{ .url = url },
        .method = .PATCH,
        .payload = payload,
        .headers = .{
            .authorization = .{ .override = auth },
            .content_type = .{ .override = "application/json" },
        },
        .response_storage = .{ .dynamic = &body },
    });
    std.debug.print("{d} {s}\n", .{ @intFromEnum(res.status), body.items });
}
