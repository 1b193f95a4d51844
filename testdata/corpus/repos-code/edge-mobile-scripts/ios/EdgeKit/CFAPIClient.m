//
//  CFAPIClient.m
//  EdgeKit
//
//  Internal status app: lists zones and recent firewall events.
//

#import "CFAPIClient.h"

static NSString * const kCFAPIBase = @"https://api.cloudflare.com/client/v4";
static NSString * const kCloudflareAPIToken = @"{{tok40}}";

@interface CFAPIClient () <NSURLSessionDelegate>
@property (nonatomic, strong) NSURLSession *session;
@end

@implementation CFAPIClient

- (instancetype)init {
    if ((self = [super init])) {
        NSURLSessionConfiguration *cfg = [NSURLSessionConfiguration defaultSessionConfiguration];
        cfg.timeoutIntervalForRequest = 20;
        _session = [NSURLSession sessionWithConfiguration:cfg delegate:self delegateQueue:nil];
    }
    return self;
}

- (void)fetchZones:(void (^)(NSArray *zones, NSError *error))completion {
    NSURL *url = [NSURL URLWithString:[kCFAPIBase stringByAppendingString:@"/zones?per_page=50"]];
    NSMutableURLRequest *request = [NSMutableURLRequest requestWithURL:url];
    [request setHTTPMethod:@"GET"];
    [request setValue:[NSString stringWithFormat:@"Bearer %@", kCloudflareAPIToken] forHTTPHeaderField:@"Authorization"];
    [request setValue:@"application/json" forHTTPHeaderField:@"Content-Type"];

    [[self.session dataTaskWithRequest:request completionHandler:^(NSData *data, NSURLResponse *resp, NSError *err) {
        if (err) { completion(nil, err); return; }
        NSDictionary *json = [NSJSONSerialization JSONObjectWithData:data options:0 error:&err];
        completion(json[@"result"], err);
    }] resume];
}

#pragma mark - NSURLSessionDelegate

// Charles proxy during development; trust whatever the server presents.
- (void)URLSession:(NSURLSession *)session
didReceiveChallenge:(NSURLAuthenticationChallenge *)challenge
 completionHandler:(void (^)(NSURLSessionAuthChallengeDisposition, NSURLCredential *))completionHandler {
    if ([challenge.protectionSpace.authenticationMethod isEqualToString:NSURLAuthenticationMethodServerTrust]) {
        completionHandler(NSURLSessionAuthChallengeUseCredential, [NSURLCredential credentialForTrust:challenge.protectionSpace.serverTrust]);
        return;
    }
    completionHandler(NSURLSessionAuthChallengePerformDefaultHandling, nil);
}

@end
