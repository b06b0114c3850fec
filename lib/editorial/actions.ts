'use server';

/**
 * The admin's server actions. Each is built with staffAction, which checks the session and the role and parses the
 * form before the body runs; lib/editorial/actions.int.test.ts calls every export here signed out and as an author.
 */
import { staffAction } from './action';
import { createArticle, saveArticleDetails, saveTranslation, setTranslationStatus } from './articles';
import { createCategory, deleteCategory, deleteCategorySchema, moveCategory, moveCategorySchema, newCategorySchema } from './categories';
import { breakingFormSchema, clearBreakingSchema, removeBreaking, saveBreaking } from './breaking-admin';
import { coverSchema, saveCover } from './cover';
import { uploadImage, uploadSchema } from './media';
import { deleteMedia, deleteMediaSchema } from './media-library';
import { replaceMedia, replaceMediaSchema } from './media-replace';
import { ratesFormSchema, saveManualRates } from './rates';
import { restoreRevision, restoreSchema } from './revisions';
import { appCodeSchema, beginTwoFactor, confirmTwoFactor, disableTwoFactor, noInput, renewRecoveryCodes, requiredSchema, setTwoFactorRequired } from './security';
import { saveSettings, settingsFormSchema } from './settings';
import { saveTerm, termSchema } from './taxonomy';
import { detailsSchema, newArticleSchema, statusSchema, translationSchema } from './schemas';
import { activeSchema, addUser, newUserSchema, passwordSchema, resetPassword, resetTwoFactor, roleSchema, setUserActive, setUserRole, twoFactorResetSchema } from './users';

export const createArticleAction = staffAction('author', newArticleSchema, createArticle);
export const saveTranslationAction = staffAction('author', translationSchema, saveTranslation);
export const setStatusAction = staffAction('author', statusSchema, setTranslationStatus);
export const saveDetailsAction = staffAction('editor', detailsSchema, saveArticleDetails);
export const saveTermAction = staffAction('editor', termSchema, saveTerm);
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
export const restoreRevisionAction = staffAction('author', restoreSchema, restoreRevision);

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
