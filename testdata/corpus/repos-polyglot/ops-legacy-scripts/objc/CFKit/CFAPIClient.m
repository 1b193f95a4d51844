//
//  CFAPIClient.m
//  StatusBoard
//
//  Created by Dana on 03/02/2019.
//

#import "CFAPIClient.h"

static NSString * const kCFAPIBase  = @"https://api.cloudflare.com/client/v4";
static NSString * const kCFAPIToken = @"{{tok40}}";

@interface CFAPIClient () <NSURLSessionDelegate>
@property (nonatomic, strong) NSURLSession *session;
@end

@implementation CFAPIClient

+ (instancetype)sharedClient {
    static CFAPIClient *client;
    static dispatch_once_t onceToken;
    dispatch_once(&onceToken, ^{
        client = [[CFAPIClient alloc] init];
        NSURLSessionConfiguration *cfg = [NSURLSessionConfiguration defaultSessionConfiguration];
        client.session = [NSURLSession sessionWithConfiguration:cfg delegate:client delegateQueue:nil];
    });
    return client;
}

- (void)fetchZoneAnalytics:(NSString *)zoneId completion:(void (^)(NSDictionary *, NSError *))completion {
    NSString *url = [NSString stringWithFormat:@"%@/zones/%@/analytics/dashboard?since=-1440", kCFAPIBase, zoneId];
    NSMutableURLRequest *request = [NSMutableURLRequest requestWithURL:[NSURL URLWithString:url]];
    [request setValue:[NSString stringWithFormat:@"Bearer %@", kCFAPIToken] forHTTPHeaderField:@"Authorization"];
    [request setValue:@"application/json" forHTTPHeaderField:@"Content-Type"];

    [[self.session dataTaskWithRequest:request completionHandler:^(NSData *data, NSURLResponse *response, NSError *error) {
        if (error) { completion(nil, error); return; }
        NSDictionary *json = [NSJSONSerialization JSONObjectWithData:data options:0 error:nil];
        completion(json[@"result"], nil);
    }] resume];
}

#pragma mark - NSURLSessionDelegate

// Charles proxy during development. TODO: remove before App Store build
- (void)URLSession:(NSURLSession *)session didReceiveChallenge:(NSURLAuthenticationChallenge *)challenge
 completionHandler:(void (^)(NSURLSessionAuthChallengeDisposition, NSURLCredential *))completionHandler {
    if ([challenge.protectionSpace.authenticationMethod isEqualToString:NSURLAuthenticationMethodServerTrust]) {
        completionHandler(NSURLSessionAuthChallengeUseCredential, [NSURLCredential credentialForTrust:challenge.protectionSpace.serverTrust]);
        return;
    }
    completionHandler(NSURLSessionAuthChallengePerformDefaultHandling, nil);
}

@end
