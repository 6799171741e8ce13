import { Button, Field, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, ProgressBar } from '@fluentui/react-components';
import { useI18n } from '../i18n-context';
import type { OperationState } from '../use-operation';

interface Props {
  state: OperationState;
  onCancel: () => void;
  onDismiss: () => void;
}

/** Progress with a cancel button while running; the error (in the chosen language) or the cancellation after. */
export const OperationStatus = ({ state, onCancel, onDismiss }: Props) => {
  const { t, text } = useI18n();
  if (state.running) {
    const percent = state.fraction === null ? null : Math.round(state.fraction * 100);
    return (
      <div role="status" aria-live="polite" className="opora-progress">
        <Field
          label={state.message ? text(state.message) : undefined}
          hint={percent === null ? undefined : t('progress.label', { percent })}
        >
          <ProgressBar value={state.fraction ?? undefined} max={1} thickness="large" />
        </Field>
        <Button onClick={onCancel}>{t('progress.cancel')}</Button>
      </div>
    );
  }
  if (state.error) {
    return (
      <MessageBar intent="error" role="alert" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t('error.title')}</MessageBarTitle>
          {state.error.complete ? text(state.error.text) : t('error.generic', { reason: text(state.error.text) })}
        </MessageBarBody>
        <MessageBarActions>
          <Button appearance="transparent" aria-label={t('error.dismiss')} onClick={onDismiss}>
            ×
          </Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
  if (state.cancelled) {
    return (
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>{t('progress.cancelled')}</MessageBarBody>
      </MessageBar>
    );
  }
  return null;
};
