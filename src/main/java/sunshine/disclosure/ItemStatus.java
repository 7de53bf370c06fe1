package sunshine.disclosure;

/** Where an information item stands; only {@link InformationItem}'s verbs move it. */
public enum ItemStatus {
	/** 草稿: being written; may be edited. */
	DRAFT,
	/** 待审核: submitted; the reviewer publishes it or sends it back to draft. */
	IN_REVIEW,
	/** 已发布: public on the portal and counted for the years its channels carried it. */
	PUBLISHED,
	/**
	 * 已撤回: taken off the portal. It was disclosed, so it stays counted for the years in which it
	 * was published; it is no longer shown or found.
	 */
	WITHDRAWN;

	public boolean isPublic() {
		return this == PUBLISHED;
	}
}
