// Written by `cargo xtask codegen` from `ecr/model/`: edit the generator
// (`xtask/src/codegen.rs`) or the model, then run it again.

//! Waiters: poll an operation until the resource reaches the state you need,
//! with `wait_until_*` on the operation's builder.

use crate::operations::*;
use ecr_runtime::waiter::{Waiter, WaiterSpec, WaiterState};
use std::time::Duration;

const IMAGE_SCAN_COMPLETE: WaiterSpec = WaiterSpec {
    name: "ImageScanComplete",
    delay: Duration::from_secs(5),
    max_attempts: 60,
};

fn image_scan_complete(
    result: &Result<DescribeImageScanFindingsResponse, DescribeImageScanFindingsError>,
) -> Option<WaiterState> {
    let output = result.as_ref().ok()?;
    if Some(output)
        .and_then(|v| v.image_scan_status.as_ref())
        .and_then(|v| v.status.as_ref())
        .map(|v| v.as_str())
        == Some("COMPLETE")
    {
        return Some(WaiterState::Success);
    }
    if Some(output)
        .and_then(|v| v.image_scan_status.as_ref())
        .and_then(|v| v.status.as_ref())
        .map(|v| v.as_str())
        == Some("FAILED")
    {
        return Some(WaiterState::Failure);
    }
    None
}

impl DescribeImageScanFindingsRequestBuilder<ecr_runtime::Client> {
    /// Wait until an image scan is complete and findings can be accessed: sends
    /// `DescribeImageScanFindings` every 5 s, at most 60 times and for no longer than `max_wait`,
    /// until a response decides: success when `imageScanStatus.status` is `COMPLETE`; failure when
    /// `imageScanStatus.status` is `FAILED`.
    ///
    /// Await the returned [`Waiter`]; `.delay(..)` changes the pause between attempts.
    pub fn wait_until_image_scan_complete(
        self,
        max_wait: Duration,
    ) -> Waiter<DescribeImageScanFindingsRequest> {
        let (client, request) = self.into_parts();
        Waiter::new(
            client,
            request,
            IMAGE_SCAN_COMPLETE,
            image_scan_complete,
            max_wait,
        )
    }
}

const LIFECYCLE_POLICY_PREVIEW_COMPLETE: WaiterSpec = WaiterSpec {
    name: "LifecyclePolicyPreviewComplete",
    delay: Duration::from_secs(5),
    max_attempts: 20,
};

fn lifecycle_policy_preview_complete(
    result: &Result<GetLifecyclePolicyPreviewResponse, GetLifecyclePolicyPreviewError>,
) -> Option<WaiterState> {
    let output = result.as_ref().ok()?;
    if Some(output)
        .and_then(|v| v.status.as_ref())
        .map(|v| v.as_str())
        == Some("COMPLETE")
    {
        return Some(WaiterState::Success);
    }
    if Some(output)
        .and_then(|v| v.status.as_ref())
        .map(|v| v.as_str())
        == Some("FAILED")
    {
        return Some(WaiterState::Failure);
    }
    None
}

impl GetLifecyclePolicyPreviewRequestBuilder<ecr_runtime::Client> {
    /// Wait until a lifecycle policy preview request is complete and results can be accessed: sends
    /// `GetLifecyclePolicyPreview` every 5 s, at most 20 times and for no longer than `max_wait`,
    /// until a response decides: success when `status` is `COMPLETE`; failure when `status` is
    /// `FAILED`.
    ///
    /// Await the returned [`Waiter`]; `.delay(..)` changes the pause between attempts.
    pub fn wait_until_lifecycle_policy_preview_complete(
        self,
        max_wait: Duration,
    ) -> Waiter<GetLifecyclePolicyPreviewRequest> {
        let (client, request) = self.into_parts();
        Waiter::new(
            client,
            request,
            LIFECYCLE_POLICY_PREVIEW_COMPLETE,
            lifecycle_policy_preview_complete,
            max_wait,
        )
    }
}
