package pl.koordynator.es.reintegration.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import pl.koordynator.es.reintegration.ReadChannel;
import pl.koordynator.es.reintegration.ReferralRead;
import pl.koordynator.es.reintegration.ReferralReads;
import pl.koordynator.es.shared.FormErrors;
import pl.koordynator.es.shared.FormValues;
import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.shared.InvalidInputException.FieldProblem;
import pl.koordynator.es.shared.PageOf;
import pl.koordynator.es.shared.Paging;

/**
 * The read log of referrals for ROPS: who read which referral, when and how, filtered by referral,
 * user and days. ROPS may not open the referrals themselves: the number is shown, not linked.
 */
@Controller
class ReintegrationReadsPages {

    static final int PAGE_SIZE = 50;

    private final ReferralReads reads;

    ReintegrationReadsPages(ReferralReads reads) {
        this.reads = reads;
    }

    /** A read as the table shows it. */
    record Row(OffsetDateTime at, String username, long userId, long referralId, ReadChannel channel) {
    }

    @GetMapping("/admin/reintegracja/odczyty")
    String reads(@ModelAttribute("filter") ReintegrationReadsFilter filter, BindingResult result,
            @RequestParam(required = false) Integer page, Model model) {
        List<FieldProblem> problems = new ArrayList<>();
        Long referral = referral(filter.getReferral(), problems);
        LocalDate from = FormValues.date(filter.getFrom(), "from", problems);
        LocalDate to = FormValues.date(filter.getTo(), "to", problems);
        PageOf<Row> rows = new PageOf<>(List.of(), 0, PAGE_SIZE, 0);
        if (!problems.isEmpty()) {
            FormErrors.add(result, new InvalidInputException(problems));
        } else {
            try {
                rows = reads.reads(referral, FormValues.strip(filter.getUsername()), from, to,
                        Paging.of(page, PAGE_SIZE)).map(ReintegrationReadsPages::row);
            } catch (InvalidInputException invalid) {
                FormErrors.add(result, invalid);
            }
        }
        model.addAttribute("reads", rows);
        return "reintegration/reads";
    }

    private static Row row(ReferralRead read) {
        return new Row(read.readAt().atOffset(ZoneOffset.UTC), read.username(), read.userId(), read.referralId(),
                read.channel());
    }

    /** The referral's number as typed, with or without "#". */
    private static Long referral(String text, List<FieldProblem> problems) {
        String value = FormValues.strip(text);
        if (value == null) {
            return null;
        }
        String digits = value.startsWith("#") ? value.substring(1).strip() : value;
        if (!digits.matches("\\d{1,18}")) {
            problems.add(new FieldProblem("referral", "reintegrationreads.error.referral"));
            return null;
        }
        return Long.parseLong(digits);
    }
}
