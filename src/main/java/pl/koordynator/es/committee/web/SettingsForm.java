package pl.koordynator.es.committee.web;

import pl.koordynator.es.committee.CommitteeSettings;
import pl.koordynator.es.shared.InvalidInputException;

/**
 * ROPS's committee settings. The range is checked here too, so that the page names the field in
 * its message ("days ahead ... from 1 to 60") rather than the service's generic "out of range".
 */
class SettingsForm {

    static final int MIN_DAYS = 1;
    static final int MAX_DAYS = 60;

    private String invitationDaysAhead;

    static SettingsForm of(CommitteeSettings settings) {
        SettingsForm form = new SettingsForm();
        form.invitationDaysAhead = String.valueOf(settings.invitationDaysAhead());
        return form;
    }

    CommitteeSettings toSettings() {
        Integer days = null;
        try {
            days = invitationDaysAhead == null ? null : Integer.valueOf(invitationDaysAhead.strip());
        } catch (NumberFormatException notANumber) {
            days = null;
        }
        if (days == null || days < MIN_DAYS || days > MAX_DAYS) {
            throw InvalidInputException.of("invitationDaysAhead", "committee.admin.error.invitationDaysAhead",
                    MIN_DAYS, MAX_DAYS);
        }
        return new CommitteeSettings(days);
    }

    public String getInvitationDaysAhead() {
        return invitationDaysAhead;
    }

    public void setInvitationDaysAhead(String invitationDaysAhead) {
        this.invitationDaysAhead = invitationDaysAhead;
    }
}
