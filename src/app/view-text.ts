/** A text as the task pane shows it: Russian always, English when the producing module has it. */
export interface Text {
  ru: string;
  en?: string;
}
