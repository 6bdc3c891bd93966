package pl.koordynator.es.committee;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import pl.koordynator.es.committee.domain.CommitteeRules;

import static org.assertj.core.api.Assertions.assertThat;

/** The counting rules against results worked out by hand, ties and abstentions included. */
class CommitteeRulesTest {

    @ParameterizedTest(name = "{0}: {1} for, {2} against, {3} abstain of {4} members -> {5} (needs {6})")
    @CsvSource({
            // simple: more for than against; abstentions do not count either way
            "SIMPLE, 5, 4, 3, 15, true, 5",
            "SIMPLE, 4, 4, 0, 15, false, 5",   // a tie is not adopted
            "SIMPLE, 1, 0, 10, 15, true, 1",   // abstentions do not block
            "SIMPLE, 0, 0, 0, 15, false, 1",
            // absolute: more for than half of the current members, whoever voted
            "ABSOLUTE, 8, 0, 0, 15, true, 8",
            "ABSOLUTE, 7, 0, 0, 15, false, 8",
            "ABSOLUTE, 6, 0, 0, 12, false, 7",  // exactly half of 12 is not more than half
            "ABSOLUTE, 7, 5, 0, 12, true, 7",
            // two thirds of votes cast (for + against + abstain)
            "TWO_THIRDS_CAST, 6, 3, 0, 15, true, 6",   // 6 of 9 is exactly two thirds
            "TWO_THIRDS_CAST, 6, 2, 1, 15, true, 6",   // an abstention is a vote cast
            "TWO_THIRDS_CAST, 5, 2, 1, 15, false, 6",  // 5 of 8 is less than two thirds
            "TWO_THIRDS_CAST, 2, 1, 0, 15, true, 2",
            "TWO_THIRDS_CAST, 1, 1, 0, 15, false, 2",
            "TWO_THIRDS_CAST, 0, 0, 0, 15, false, 1"})
    void votesAreCountedAgainstEachRule(MajorityRule rule, int forVotes, int against, int abstain, int members,
            boolean adopted, int needed) {
        assertThat(CommitteeRules.adopted(rule, forVotes, against, abstain, members)).isEqualTo(adopted);
        assertThat(CommitteeRules.needed(rule, forVotes, against, abstain, members)).isEqualTo(needed);
        Tally tally = CommitteeRules.tally(rule, forVotes, against, abstain, members, true);
        assertThat(tally.adopted()).isEqualTo(adopted);
        assertThat(tally.cast()).isEqualTo(forVotes + against + abstain);
    }

    @ParameterizedTest(name = "{0} members: quorum {1}")
    @CsvSource({"1, 1", "2, 2", "11, 6", "12, 7", "15, 8"})
    void quorumIsMoreThanHalfOfTheMembers(int members, int required) {
        assertThat(CommitteeRules.quorumRequired(members)).isEqualTo(required);
    }

    @ParameterizedTest(name = "latest first {0} -> {1}")
    @CsvSource(delimiter = ';', value = {
            "ABSENT,ABSENT,ABSENT; true",
            "ABSENT,ABSENT,ABSENT,PRESENT; true",
            "ABSENT,ABSENT; false",
            "ABSENT,ABSENT,EXCUSED,ABSENT; false",   // an excused absence breaks the run
            "PRESENT,ABSENT,ABSENT,ABSENT; false",   // attending again ends it
            "ABSENT,ABSENT,REMOTE,ABSENT,ABSENT; false"})
    void threeUnexcusedAbsencesInARowFlagAMember(String latestFirst, boolean flagged) {
        List<Attendance> attendance = Arrays.stream(latestFirst.split(",")).map(Attendance::valueOf).toList();
        assertThat(CommitteeRules.flaggedForAbsences(attendance)).isEqualTo(flagged);
    }
}
