package pl.koordynator.es.reintegration.web;

/** The filters of the read log page as typed: checked by {@link ReintegrationReadsPages}. */
public class ReintegrationReadsFilter {

    private String referral;
    private String username;
    private String from;
    private String to;

    public String getReferral() {
        return referral;
    }

    public void setReferral(String referral) {
        this.referral = referral;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }
}
