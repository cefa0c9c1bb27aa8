//! Arbitrary bytes as the body of a successful ECR response, read the way the client reads
//! it (`serde_json::from_slice::<O::Output>`): errors are fine, panics are not.
#![no_main]

use ecr::operations::{
    BatchGetImageResponse, DescribeImageScanFindingsResponse, DescribeImagesResponse,
    GetAuthorizationTokenResponse,
};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(v) = serde_json::from_slice::<BatchGetImageResponse>(data) {
        let _ = format!("{v:?}");
    }
    if let Ok(v) = serde_json::from_slice::<DescribeImagesResponse>(data) {
        let _ = format!("{v:?}");
    }
    if let Ok(v) = serde_json::from_slice::<GetAuthorizationTokenResponse>(data) {
        let _ = format!("{v:?}");
    }
    if let Ok(v) = serde_json::from_slice::<DescribeImageScanFindingsResponse>(data) {
        let _ = format!("{v:?}");
    }
});
