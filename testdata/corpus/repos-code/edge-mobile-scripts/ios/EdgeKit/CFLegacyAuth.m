//
//  CFLegacyAuth.m
//  EdgeKit
//
//  Account-level calls that the scoped token can't make (user details, billing).
//

#import "CFLegacyAuth.h"

@implementation CFLegacyAuth

+ (NSMutableURLRequest *)userDetailsRequest {
    NSURL *url = [NSURL URLWithString:@"http://api.cloudflare.com/client/v4/user"];
    NSMutableURLRequest *req = [NSMutableURLRequest requestWithURL:url];
    req.HTTPMethod = @"GET";
    [req setValue:@"mobile-team@example.com" forHTTPHeaderField:@"X-Auth-Email"];
    [req setValue:@"{{hex37}}" forHTTPHeaderField:@"X-Auth-Key"];
    [req setValue:@"application/json" forHTTPHeaderField:@"Content-Type"];
    return req;
}

+ (void)fetchUser:(void (^)(NSDictionary *user, NSError *error))completion {
    NSURLSessionDataTask *task =
        [[NSURLSession sharedSession] dataTaskWithRequest:[self userDetailsRequest]
                                        completionHandler:^(NSData *data, NSURLResponse *r, NSError *e) {
        if (e) { completion(nil, e); return; }
        NSDictionary *json = [NSJSONSerialization JSONObjectWithData:data options:0 error:&e];
        completion(json[@"result"], e);
    }];
    [task resume];
}

@end
