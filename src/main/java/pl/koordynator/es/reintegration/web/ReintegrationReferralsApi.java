package pl.koordynator.es.reintegration.web;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;
import pl.koordynator.es.reintegration.OutcomeInput;
import pl.koordynator.es.reintegration.ReadChannel;
import pl.koordynator.es.reintegration.ReferralInput;
import pl.koordynator.es.reintegration.ReferralQuery;
import pl.koordynator.es.reintegration.ReferralState;
import pl.koordynator.es.reintegration.ReferralSummary;
import pl.koordynator.es.reintegration.ReferralView;
import pl.koordynator.es.reintegration.Referrals;
import pl.koordynator.es.reintegration.TransitionInput;
import pl.koordynator.es.shared.ApiPage;
import pl.koordynator.es.shared.Paging;

/**
 * Referrals over HTTP, for the users of the sending and the receiving organisation only. The list and a new
 * referral are for PARTNER and PES accounts (the URL rules refuse the other roles); someone else's referral
 * is a 404 for every signed-in user, ROPS, an OWES and the committee included. Every answer that
 * shows a referral is a read in the log (channel API).
 */
@RestController
@RequestMapping("/api/v1/reintegration/referrals")
@Tag(name = "Reintegration referrals")
class ReintegrationReferralsApi {

    private final Referrals referrals;

    ReintegrationReferralsApi(Referrals referrals) {
        this.referrals = referrals;
    }

    @GetMapping
    @Operation(summary = "The referrals the caller's organisation sent or received, newest first",
            description = "Each listed referral is a read in the read log. Another organisation's referrals are "
                    + "never listed.")
    ApiPage<ReferralSummary> list(
            @Parameter(description = "SENT or RECEIVED; both when absent") @RequestParam(required = false)
            ReferralQuery.Side side,
            @RequestParam(required = false) ReferralState state,
            @Parameter(description = "the referral's number, or part of the programme reference or of a party's name")
            @RequestParam(required = false) String text,
            @Parameter(description = "one person's referrals: the pseudonym, 64 hexadecimal characters")
            @RequestParam(required = false) String personKey,
            @Parameter(description = "referred on or after this day") @RequestParam(required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @Parameter(description = "referred on or before this day") @RequestParam(required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @Parameter(description = "only those with a follow-up due today or earlier and not entered")
            @RequestParam(required = false, defaultValue = "false") boolean followUpDue,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return ApiPage.of(referrals.referrals(new ReferralQuery(side, state, text, personKey, from, to, followUpDue),
                Paging.of(page, size), ReadChannel.API));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Sends a referral from the caller's organisation",
            description = "The person: personPesel (checked by its check digit) or personSurname + personBirthDate "
                    + "(yyyy-MM-dd). They are turned into the pseudonym personKey (HMAC-SHA-256 with the "
                    + "installation's secret) and never stored or answered. The receiver must be an open CIS, KIS, "
                    + "ZAZ, WTZ or social enterprise (else 400 naming receiverId).")
    ResponseEntity<ReferralView> send(@RequestBody ReferralInput input, UriComponentsBuilder uri) {
        ReferralView sent = referrals.send(input);
        return ResponseEntity.created(uri.path("/api/v1/reintegration/referrals/{id}").build(sent.id())).body(sent);
    }

    @GetMapping("/{id:\\d+}")
    @Operation(summary = "One referral with its history, follow-ups and what the caller may do next",
            description = "404 for a referral of other organisations. The read is logged.")
    ReferralView referral(@PathVariable long id) {
        return referrals.referral(id, ReadChannel.API);
    }

    @PostMapping("/{id:\\d+}/transitions")
    @Operation(summary = "Moves the referral to another state",
            description = "to: one of rights.transitions (the receiving unit: RECEIVED, ACCEPTED, REJECTED, "
                    + "IN_PROGRAMME, COMPLETED, INTERRUPTED (also from ACCEPTED, when the person never starts); the sender: "
                    + "CANCELLED until it is answered); reason "
                    + "required for REJECTED, INTERRUPTED and CANCELLED; on: the day (today when absent); version: "
                    + "the version read (optional). A move not allowed from the current state, or one raced by "
                    + "another user, is a 409 naming the field.")
    ReferralView transition(@PathVariable long id, @RequestBody TransitionInput input) {
        return referrals.transition(id, input);
    }

    @PostMapping("/{id:\\d+}/outcomes")
    @Operation(summary = "Records an outcome: at exit, or a follow-up 3, 6 or 12 months later",
            description = "The receiving unit only. EXIT once the programme is COMPLETED or INTERRUPTED (then the "
                    + "referral moves to FOLLOW_UP and its follow-ups are scheduled); MONTHS_3/6/12 in follow-up, "
                    + "from 30 days before they are due. Too early: 409 naming moment.")
    ReferralView outcome(@PathVariable long id, @RequestBody OutcomeInput input) {
        return referrals.recordOutcome(id, input);
    }
}
