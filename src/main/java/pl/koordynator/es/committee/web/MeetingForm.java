package pl.koordynator.es.committee.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import pl.koordynator.es.committee.AgendaItemInput;
import pl.koordynator.es.committee.AgendaItemView;
import pl.koordynator.es.committee.MeetingInput;
import pl.koordynator.es.committee.MeetingMode;
import pl.koordynator.es.committee.MeetingView;

/** ROPS's form of a meeting: the day as dd.MM.yyyy, times as HH:mm, the agenda one item a line as "title | presenter". */
class MeetingForm {

    private String day;
    private String startTime;
    private String endTime;
    private String mode = "IN_PERSON";
    private String venue;
    private String onlineLink;
    private String agenda;

    static MeetingForm of(MeetingView meeting, CommitteeChoices choices) {
        MeetingForm form = new MeetingForm();
        form.day = choices.day(meeting.startsAt());
        form.startTime = choices.time(meeting.startsAt());
        form.endTime = choices.time(meeting.endsAt());
        form.mode = meeting.mode().name();
        form.venue = meeting.venue();
        form.onlineLink = meeting.onlineLink();
        form.agenda = meeting.agenda().stream().map(MeetingForm::line).collect(Collectors.joining("\n"));
        return form;
    }

    private static String line(AgendaItemView item) {
        return item.presenter() == null || item.presenter().isBlank() ? item.title()
                : item.title() + " | " + item.presenter();
    }

    MeetingInput toInput(long termId, CommitteeChoices choices) {
        CommitteeChoices.Problems problems = new CommitteeChoices.Problems();
        LocalDate date = problems.day("day", day, true);
        LocalTime starts = problems.time("startTime", startTime, true);
        LocalTime ends = problems.time("endTime", endTime, false);
        MeetingMode how = problems.choice("mode", MeetingMode.class, mode, true);
        if (how == MeetingMode.IN_PERSON && (venue == null || venue.isBlank())) {
            problems.add("venue", "committee.admin.error.venue");
        }
        if ((how == MeetingMode.REMOTE || how == MeetingMode.HYBRID) && (onlineLink == null || onlineLink.isBlank())) {
            problems.add("onlineLink", "committee.admin.error.onlineLink");
        }
        if (starts != null && ends != null && !ends.isAfter(starts)) {
            problems.add("endTime", "committee.admin.error.endTime");
        }
        problems.throwIfAny();
        List<AgendaItemInput> items = new ArrayList<>();
        if (agenda != null) {
            for (String text : agenda.split("\\R")) {
                if (text.isBlank()) {
                    continue;
                }
                int bar = text.indexOf('|');
                items.add(bar < 0 ? new AgendaItemInput(text.strip(), null)
                        : new AgendaItemInput(text.substring(0, bar).strip(),
                                CommitteeForms.blankToNull(text.substring(bar + 1))));
            }
        }
        return new MeetingInput(termId, choices.at(date, starts), ends == null ? null : choices.at(date, ends), how,
                CommitteeForms.blankToNull(venue), CommitteeForms.blankToNull(onlineLink), items);
    }

    public String getDay() {
        return day;
    }

    public void setDay(String day) {
        this.day = day;
    }

    public String getStartTime() {
        return startTime;
    }

    public void setStartTime(String startTime) {
        this.startTime = startTime;
    }

    public String getEndTime() {
        return endTime;
    }

    public void setEndTime(String endTime) {
        this.endTime = endTime;
    }

    public String getMode() {
        return mode;
    }

    public void setMode(String mode) {
        this.mode = mode;
    }

    public String getVenue() {
        return venue;
    }

    public void setVenue(String venue) {
        this.venue = venue;
    }

    public String getOnlineLink() {
        return onlineLink;
    }

    public void setOnlineLink(String onlineLink) {
        this.onlineLink = onlineLink;
    }

    public String getAgenda() {
        return agenda;
    }

    public void setAgenda(String agenda) {
        this.agenda = agenda;
    }
}
