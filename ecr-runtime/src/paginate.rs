//! Paginators: every page of a paginated operation, or every item of every page, as a stream.
//!
//! An operation that returns its results a page at a time implements [`Paginate`]: where the
//! pagination token goes in the request and comes back in the output, how many results a page
//! may hold, and which list holds the items. A [`Paginator`] then sends the request, passes each
//! page's token on to the next request, and stops after the last page:
//!
//! ```no_run
//! # use ecr_runtime::paginate::{Paginate, Paginator};
//! # async fn demo<O: Paginate + 'static>(client: ecr_runtime::Client, request: O)
//! # -> Result<(), O::Error>
//! # where O::Output: Send + 'static, O::Error: Send + 'static, O::Item: std::fmt::Debug {
//! let mut items = Paginator::of(&client, request).page_size(100).items();
//! while let Some(item) = items.next().await {
//!     println!("{:?}", item?);
//! }
//! # Ok(()) }
//! ```
//!
//! [`Pages`] and [`Items`] are [`Stream`]s, for code that combines streams; their inherent
//! `next` and `try_collect` need no extension trait. Each page is sent with [`Client::send`], so
//! every page is validated (unless the client turned validation off). A stream ends after a page
//! without a token (or with an empty one), after the first error, and after a page that repeats
//! a token it already gave (then with an [`Error::Pagination`]); once ended, it stays ended.

use crate::client::{Client, Operation};
use crate::error::{Error, PaginationError};
use crate::validate::ValidationError;
use futures_core::Stream;
use futures_core::stream::FusedStream;
use std::collections::HashSet;
use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll, ready};

/// An operation whose results come a page at a time.
pub trait Paginate: Operation + Clone {
    /// One result of a page (an image id, a repository).
    type Item;

    /// Sets the pagination token the request starts from (`nextToken`).
    fn set_next_token(&mut self, token: Option<String>);

    /// Sets how many results a page may hold (`maxResults`).
    fn set_page_size(&mut self, size: i32);

    /// The token of the page after `output`, if the service gave one.
    fn next_token(output: &Self::Output) -> Option<&str>;

    /// The results of the page `output`.
    fn into_items(output: Self::Output) -> Vec<Self::Item>;
}

/// How to page through one request: made with [`Paginator::new`] or [`Paginator::of`], run with
/// [`Paginator::pages`] or [`Paginator::items`]. Nothing is sent before the stream is polled.
#[derive(Clone)]
pub struct Paginator<O: Paginate> {
    client: Client,
    request: Result<O, ValidationError>,
    page_size: Option<i32>,
}

impl<O: Paginate> Paginator<O> {
    /// Pages through `request` with `client` (or a reference to one, which is cloned). A request
    /// that could not be built (a required member missing) is the first and only item of the
    /// stream, as an error: this takes what a client-bound builder's `into_parts` gives.
    pub fn new(client: impl Into<Client>, request: Result<O, ValidationError>) -> Self {
        Self {
            client: client.into(),
            request,
            page_size: None,
        }
    }

    /// Pages through a request that is already built.
    pub fn of(client: impl Into<Client>, request: O) -> Self {
        Self::new(client, Ok(request))
    }

    /// Asks for at most `size` results a page, on every page. Without it, the request's own
    /// page size (if any) is kept, and otherwise the service chooses.
    pub fn page_size(mut self, size: i32) -> Self {
        self.page_size = Some(size);
        self
    }

    /// Every page, in order.
    pub fn pages(self) -> Pages<O> {
        let state = match self.request {
            Ok(mut request) => {
                if let Some(size) = self.page_size {
                    request.set_page_size(size);
                }
                State::Next(request)
            }
            Err(e) => State::Failed(O::Error::from(Error::Validation(e))),
        };
        Pages {
            client: self.client,
            state,
            seen: HashSet::new(),
        }
    }

    /// Every item of every page, in order.
    pub fn items(self) -> Items<O> {
        Items {
            pages: self.pages(),
            buffer: Vec::new().into_iter(),
        }
    }
}

impl<O: Paginate> fmt::Debug for Paginator<O> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Paginator")
            .field("operation", &O::NAME)
            .field("page_size", &self.page_size)
            .field("request_built", &self.request.is_ok())
            .finish_non_exhaustive()
    }
}

type PageFuture<O> =
    Pin<Box<dyn Future<Output = Result<<O as Operation>::Output, <O as Operation>::Error>> + Send>>;

enum State<O: Paginate> {
    /// The request of the next page, not yet sent.
    Next(O),
    /// A page on its way, and its request (to carry the next token).
    Sending { request: O, page: PageFuture<O> },
    /// An error to yield before ending.
    Failed(O::Error),
    /// Ended.
    Done,
}

/// Every page of a paginated request, as a [`Stream`] of results. Made by [`Paginator::pages`].
pub struct Pages<O: Paginate> {
    client: Client,
    state: State<O>,
    /// Every token this stream has sent, to catch a service that repeats one.
    seen: HashSet<String>,
}

// No field is ever pinned: the request is moved, the page future is boxed.
impl<O: Paginate> Unpin for Pages<O> {}

impl<O> Pages<O>
where
    O: Paginate + 'static,
    O::Output: Send + 'static,
    O::Error: Send + 'static,
{
    /// The next page; `None` once the stream has ended.
    pub async fn next(&mut self) -> Option<Result<O::Output, O::Error>> {
        std::future::poll_fn(|cx| Pin::new(&mut *self).poll_next(cx)).await
    }

    /// Every remaining page, or the first error.
    pub async fn try_collect(mut self) -> Result<Vec<O::Output>, O::Error> {
        let mut pages = Vec::new();
        while let Some(page) = self.next().await {
            pages.push(page?);
        }
        Ok(pages)
    }

    /// What to do after `output`, the page `request` asked for.
    fn advance(&mut self, mut request: O, output: &O::Output) {
        let Some(token) = O::next_token(output).filter(|t| !t.is_empty()) else {
            return; // the last page: the state stays Done
        };
        if self.seen.contains(token) {
            let error = PaginationError::new(O::NAME, token);
            self.state = State::Failed(O::Error::from(Error::Pagination(error)));
        } else {
            self.seen.insert(token.to_owned());
            request.set_next_token(Some(token.to_owned()));
            self.state = State::Next(request);
        }
    }
}

impl<O> Stream for Pages<O>
where
    O: Paginate + 'static,
    O::Output: Send + 'static,
    O::Error: Send + 'static,
{
    type Item = Result<O::Output, O::Error>;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = self.get_mut();
        loop {
            match std::mem::replace(&mut this.state, State::Done) {
                State::Next(request) => {
                    let client = this.client.clone();
                    let sent = request.clone();
                    let page: PageFuture<O> = Box::pin(async move { client.send(sent).await });
                    this.state = State::Sending { request, page };
                }
                State::Sending { request, mut page } => match page.as_mut().poll(cx) {
                    Poll::Pending => {
                        this.state = State::Sending { request, page };
                        return Poll::Pending;
                    }
                    Poll::Ready(Ok(output)) => {
                        this.advance(request, &output);
                        return Poll::Ready(Some(Ok(output)));
                    }
                    Poll::Ready(Err(e)) => return Poll::Ready(Some(Err(e))),
                },
                State::Failed(e) => return Poll::Ready(Some(Err(e))),
                State::Done => return Poll::Ready(None),
            }
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        match self.state {
            State::Done => (0, Some(0)),
            State::Failed(_) => (1, Some(1)),
            State::Next(_) | State::Sending { .. } => (1, None),
        }
    }
}

impl<O> FusedStream for Pages<O>
where
    O: Paginate + 'static,
    O::Output: Send + 'static,
    O::Error: Send + 'static,
{
    fn is_terminated(&self) -> bool {
        matches!(self.state, State::Done)
    }
}

impl<O: Paginate> fmt::Debug for Pages<O> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let state = match self.state {
            State::Next(_) => "next",
            State::Sending { .. } => "sending",
            State::Failed(_) => "failed",
            State::Done => "done",
        };
        f.debug_struct("Pages")
            .field("operation", &O::NAME)
            .field("state", &state)
            .field("tokens_seen", &self.seen.len())
            .finish_non_exhaustive()
    }
}

/// Every item of every page of a paginated request, as a [`Stream`] of results, one item at a
/// time. Made by [`Paginator::items`].
pub struct Items<O: Paginate> {
    pages: Pages<O>,
    /// The items of the current page not yet yielded.
    buffer: std::vec::IntoIter<O::Item>,
}

// No field is ever pinned (see `Pages`).
impl<O: Paginate> Unpin for Items<O> {}

impl<O> Items<O>
where
    O: Paginate + 'static,
    O::Output: Send + 'static,
    O::Error: Send + 'static,
{
    /// The next item; `None` once the stream has ended.
    pub async fn next(&mut self) -> Option<Result<O::Item, O::Error>> {
        std::future::poll_fn(|cx| Pin::new(&mut *self).poll_next(cx)).await
    }

    /// Every remaining item, or the first error.
    pub async fn try_collect(mut self) -> Result<Vec<O::Item>, O::Error> {
        let mut items = Vec::new();
        while let Some(item) = self.next().await {
            items.push(item?);
        }
        Ok(items)
    }
}

impl<O> Stream for Items<O>
where
    O: Paginate + 'static,
    O::Output: Send + 'static,
    O::Error: Send + 'static,
{
    type Item = Result<O::Item, O::Error>;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = self.get_mut();
        loop {
            if let Some(item) = this.buffer.next() {
                return Poll::Ready(Some(Ok(item)));
            }
            match ready!(Pin::new(&mut this.pages).poll_next(cx)) {
                Some(Ok(output)) => this.buffer = O::into_items(output).into_iter(),
                Some(Err(e)) => return Poll::Ready(Some(Err(e))),
                None => return Poll::Ready(None),
            }
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let buffered = self.buffer.len();
        match self.pages.size_hint() {
            (_, Some(0)) => (buffered, Some(buffered)),
            (more, Some(_)) => (buffered + more, Some(buffered + more)),
            (_, None) => (buffered, None),
        }
    }
}

impl<O> FusedStream for Items<O>
where
    O: Paginate + 'static,
    O::Output: Send + 'static,
    O::Error: Send + 'static,
{
    fn is_terminated(&self) -> bool {
        self.buffer.len() == 0 && self.pages.is_terminated()
    }
}

impl<O: Paginate> fmt::Debug for Items<O> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Items")
            .field("pages", &self.pages)
            .field("buffered", &self.buffer.len())
            .finish()
    }
}
