package pl.koordynator.es.localplans.web;

/** The forms of a section's page: the authors' text, a comment with its suggested wording, a decision. */
final class LocalPlanSectionForms {

    private LocalPlanSectionForms() {
    }

    public static class SectionForm {

        private String text;
        private Integer version;

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }

        public Integer getVersion() {
            return version;
        }

        public void setVersion(Integer version) {
            this.version = version;
        }
    }

    public static class CommentForm {

        private String text;
        private String suggestedText;

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }

        public String getSuggestedText() {
            return suggestedText;
        }

        public void setSuggestedText(String suggestedText) {
            this.suggestedText = suggestedText;
        }
    }

    public static class DecisionForm {

        private String decision;
        private String reason;
        private Integer version;

        public String getDecision() {
            return decision;
        }

        public void setDecision(String decision) {
            this.decision = decision;
        }

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }

        public Integer getVersion() {
            return version;
        }

        public void setVersion(Integer version) {
            this.version = version;
        }
    }
}
