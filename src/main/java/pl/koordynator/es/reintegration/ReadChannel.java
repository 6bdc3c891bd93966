package pl.koordynator.es.reintegration;

/** How a referral was read, for the read log: its page, a list, the API. */
public enum ReadChannel {
    PAGE, LIST, API
}
