'use server';

/**
 * The admin's server actions. Each is built with staffAction, which checks the session and the role and parses the
 * form before the body runs; lib/editorial/actions.int.test.ts calls every export here signed out and as an author.
 */
import { staffAction } from '@/lib/editorial/plumbing/staff-action';
import { createArticle, saveArticleDetails, saveTranslation, setTranslationStatus } from '@/lib/editorial/commands/articles';
import { createCategory, deleteCategory, deleteCategorySchema, moveCategory, moveCategorySchema, newCategorySchema } from '@/lib/editorial/commands/categories';
import { breakingFormSchema, clearBreakingSchema, removeBreaking, saveBreaking } from '@/lib/editorial/commands/breaking';
import { coverSchema, saveCover } from '@/lib/editorial/commands/cover';
import { coverageSchema, deleteEntrySchema, deleteLiveEntry, entryFlagsSchema, entryTextSchema, newEntrySchema, postLiveEntry, saveLiveEntryText, setCoverage, setLiveEntryFlags, startCoverage, startCoverageSchema } from '@/lib/editorial/commands/live';
import { uploadImage, uploadSchema } from '@/lib/editorial/commands/media';
import { deleteMedia, deleteMediaSchema } from '@/lib/editorial/commands/media-library';
import { replaceMedia, replaceMediaSchema } from '@/lib/editorial/commands/media-replace';
import { mediaTextSchema, saveMediaText } from '@/lib/editorial/commands/media-text';
import { ratesFormSchema, saveManualRates } from '@/lib/editorial/commands/rates';
import { restoreRevision, restoreSchema } from '@/lib/editorial/commands/revisions';
import { appCodeSchema, beginTwoFactor, confirmTwoFactor, disableTwoFactor, noInput, renewRecoveryCodes, requiredSchema, setTwoFactorRequired } from '@/lib/editorial/commands/security';
import { saveSettings, settingsFormSchema } from '@/lib/editorial/commands/settings';
import { saveTerm, termSchema } from '@/lib/editorial/commands/taxonomy';
import { createTag, newTagSchema } from '@/lib/editorial/commands/tags';
import { detailsSchema, newArticleSchema, statusSchema, storySchema, translationSchema } from '@/lib/editorial/plumbing/schemas';
import { saveStory } from '@/lib/editorial/commands/story';
import { changeOwnPassword, changePasswordSchema } from '@/lib/editorial/commands/account';
import { activeSchema, addUser, newUserSchema, passwordSchema, resetPassword, resetTwoFactor, roleSchema, setUserActive, setUserRole, twoFactorResetSchema } from '@/lib/editorial/commands/users';

export const createArticleAction = staffAction('author', newArticleSchema, createArticle);
// The editor's one save: text, cover and shared fields of a language, and the move asked for, together.
export const saveStoryAction = staffAction('author', storySchema, saveStory);
// The merge view saves the merged text alone.
export const saveTranslationAction = staffAction('author', translationSchema, saveTranslation);
export const setStatusAction = staffAction('author', statusSchema, setTranslationStatus);
export const saveDetailsAction = staffAction('editor', detailsSchema, saveArticleDetails);
export const saveTermAction = staffAction('editor', termSchema, saveTerm);
/** A tag typed in a story, made on the spot, by those who set a story's tags. */
export const createTagAction = staffAction('editor', newTagSchema, createTag);
export const createCategoryAction = staffAction('editor', newCategorySchema, createCategory);
export const moveCategoryAction = staffAction('editor', moveCategorySchema, moveCategory);
export const deleteCategoryAction = staffAction('editor', deleteCategorySchema, deleteCategory);
export const saveCoverAction = staffAction('editor', coverSchema, saveCover);
export const saveRatesAction = staffAction('editor', ratesFormSchema, saveManualRates);
export const saveBreakingAction = staffAction('editor', breakingFormSchema, saveBreaking);
export const clearBreakingAction = staffAction('editor', clearBreakingSchema, removeBreaking);
export const uploadImageAction = staffAction('author', uploadSchema, uploadImage);
export const deleteMediaAction = staffAction('editor', deleteMediaSchema, deleteMedia);
export const replaceMediaAction = staffAction('editor', replaceMediaSchema, replaceMedia);
export const saveMediaTextAction = staffAction('editor', mediaTextSchema, saveMediaText);
export const restoreRevisionAction = staffAction('author', restoreSchema, restoreRevision);
export const startCoverageAction = staffAction('editor', startCoverageSchema, startCoverage);
export const postLiveEntryAction = staffAction('author', newEntrySchema, postLiveEntry);
export const saveLiveEntryTextAction = staffAction('author', entryTextSchema, saveLiveEntryText);
export const setLiveEntryFlagsAction = staffAction('editor', entryFlagsSchema, setLiveEntryFlags);
export const deleteLiveEntryAction = staffAction('author', deleteEntrySchema, deleteLiveEntry);
export const setCoverageAction = staffAction('editor', coverageSchema, setCoverage);

export const createUserAction = staffAction('admin', newUserSchema, addUser);
export const setUserRoleAction = staffAction('admin', roleSchema, setUserRole);
export const setUserActiveAction = staffAction('admin', activeSchema, setUserActive);
export const resetPasswordAction = staffAction('admin', passwordSchema, resetPassword);
export const resetTwoFactorAction = staffAction('admin', twoFactorResetSchema, resetTwoFactor);
export const saveSettingsAction = staffAction('admin', settingsFormSchema, saveSettings);
export const setTwoFactorRequiredAction = staffAction('admin', requiredSchema, setTwoFactorRequired);

// Each staff member's own two-factor sign-in (app/admin/security), open to an admin who must set it up first.
const whileEnrolling = { whileEnrolling: true };
export const beginTwoFactorAction = staffAction('author', noInput, beginTwoFactor, whileEnrolling);
export const confirmTwoFactorAction = staffAction('author', appCodeSchema, confirmTwoFactor, whileEnrolling);
export const renewRecoveryCodesAction = staffAction('author', appCodeSchema, renewRecoveryCodes);
export const disableTwoFactorAction = staffAction('author', appCodeSchema, disableTwoFactor);

// Each staff member's own password (app/admin/account), with the current one.
export const changePasswordAction = staffAction('author', changePasswordSchema, changeOwnPassword);
