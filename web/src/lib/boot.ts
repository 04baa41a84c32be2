/** What the server tells every page: which page, who is logged in, and the model id in the URL. */
export interface BootAccount {
  id: string;
  email: string;
  /** The public name shown as the author of the account's models. */
  displayName: string;
  plan: string;
}

export interface Boot {
  page: string;
  account: BootAccount | null;
  modelId?: string;
}

export function readBoot(): Boot {
  const element = document.getElementById("boot");
  return JSON.parse(element?.textContent ?? '{"page":"","account":null}') as Boot;
}
